package org.kotmai.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    private final HtmlReportWriter writer =
            new HtmlReportWriter(new ReportProperties("TH Sarabun New", List.of("Noto Sans Thai", "Tahoma")));

    @Test
    void markupTypedIntoAnAnswerIsShownAsTextNeverRun() {
        String html = writer.write(SampleReports.costModel(
                "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\""));

        assertThat(html).doesNotContain("<script", "<img", "onerror=alert(1)>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
                        + " &amp; &quot;quoted&quot;");
    }

    @Test
    void pageIsThaiSelfContainedAndPrintable() {
        String html = writer.write(SampleReports.costModel(SampleReports.ANSWER));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"th\">", "<meta charset=\"utf-8\">",
                "@media print", "@page{size:A4", "font-family:\"TH Sarabun New\",\"Noto Sans Thai\",\"Tahoma\"");
        assertThat(html).doesNotContain("<link", "src=\"http", "<script");
        assertThat(html).contains("<h1>" + SampleReports.TITLE + "</h1>", SampleReports.ANSWER,
                "<td>" + SampleReports.ACTIVITY + "</td>", "<strong>ปรับปรุง</strong>");
    }

    @Test
    void aFontNameCannotBreakOutOfTheStyleSheet() {
        HtmlReportWriter hostile = new HtmlReportWriter(
                new ReportProperties("x\"}</style><script>alert(1)</script>", List.of()));

        assertThat(hostile.write(SampleReports.costModel(SampleReports.ANSWER))).doesNotContain("<script", "</style><");
    }
}
