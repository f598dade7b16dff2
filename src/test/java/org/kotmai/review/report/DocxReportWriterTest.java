package org.kotmai.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxReportWriterTest {

    private final DocxReportWriter writer =
            new DocxReportWriter(new ReportProperties("TH Sarabun New", List.of("Noto Sans Thai", "Tahoma")));

    @Test
    void wordReadsBackTheThaiTitleAnswersTableAndDecision() throws IOException {
        byte[] docx = writer.write(SampleReports.costModel(SampleReports.ANSWER));
        // kept for the manual LibreOffice rendering check described in README.md
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/sample-review-report.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(SampleReports.TITLE);
            assertThat(text).contains(SampleReports.ANSWER, "ภาระต่อปีตามกฎปัจจุบัน", "36,000", "ปรับปรุง",
                    "ลดจำนวนเอกสาร", "แก้ไขคำตอบ 7 ครั้ง", "20 พฤศจิกายน พ.ศ. 2569");
            XWPFTable activities = doc.getTables().get(0);
            assertThat(activities.getRow(0).getCell(2).getText()).isEqualTo("ต้นทุนรวมต่อปี");
            assertThat(activities.getRow(1).getCell(0).getText()).isEqualTo(SampleReports.ACTIVITY);
        }
    }

    @Test
    void everyRunAsksForTheThaiFontAsComplexScript() throws IOException {
        byte[] docx = writer.write(SampleReports.costModel(SampleReports.ANSWER));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFRun title = doc.getParagraphs().get(0).getRuns().get(0);
            String xml = title.getCTR().xmlText();
            assertThat(xml).contains("w:cs=\"TH Sarabun New\"", "w:ascii=\"TH Sarabun New\"", "w:hint=\"cs\"",
                    "<w:bCs/>", "<w:szCs w:val=\"44\"/>");
            assertThat(doc.getParagraphs()).allSatisfy(p -> assertThat(p.getRuns())
                    .allSatisfy(r -> assertThat(r.getCTR().xmlText()).contains("w:cs=\"TH Sarabun New\"")));
        }
    }

    @Test
    void fontTableNamesTheFallbacksInOrder() throws IOException {
        byte[] docx = writer.write(SampleReports.costModel(SampleReports.ANSWER));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            PackagePart fonts = doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml"))
                    .get(0);
            String xml = new String(fonts.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).containsSubsequence("w:name=\"TH Sarabun New\"", "w:altName w:val=\"Noto Sans Thai\"",
                    "w:name=\"Noto Sans Thai\"", "w:altName w:val=\"Tahoma\"");
        }
    }

    @Test
    void multiLineAnswersKeepTheirLineBreaks() throws IOException {
        byte[] docx = writer.write(SampleReports.costModel("บรรทัดแรก\nบรรทัดที่สอง"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("บรรทัดแรก\nบรรทัดที่สอง");
        }
    }
}
