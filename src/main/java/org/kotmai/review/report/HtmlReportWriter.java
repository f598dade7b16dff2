package org.kotmai.review.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kotmai.review.report.ReviewReport.Item;
import org.kotmai.review.report.ReviewReport.Move;
import org.kotmai.review.report.ReviewReport.Section;
import org.kotmai.review.template.LocalizedText;
import org.kotmai.thai.ThaiDates;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a report as one self-contained HTML page meant for printing: no script, no external file, styles inline.
 * Every text from a review goes through {@link #esc}, since answers and notes are typed by users.
 */
@Component
class HtmlReportWriter {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final String CSS = """
            body{font-family:%s;font-size:16pt;line-height:1.5;margin:2em auto;max-width:48em;color:#000}
            h1{font-size:22pt;margin:0 0 .2em}h2{font-size:18pt;margin:1.2em 0 .4em;border-bottom:1px solid #888}
            dt{font-weight:bold;margin-top:.6em}dd{margin:0 0 0 1.5em;white-space:pre-wrap}
            table{border-collapse:collapse;width:100%%;margin:.4em 0;font-size:14pt}
            th,td{border:1px solid #666;padding:.2em .4em;vertical-align:top;text-align:left}
            .meta{color:#333}.en{color:#555;font-weight:normal}
            @page{size:A4;margin:2cm 2cm 2cm 2.5cm}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,dd{break-inside:avoid}}
            """;

    private final ReportProperties properties;

    HtmlReportWriter(ReportProperties properties) {
        this.properties = properties;
    }

    String write(ReviewReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(report.title())).append("</title>\n<style>")
                .append(CSS.formatted(fontFamily())).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(report.title())).append("</h1>\n")
                .append("<p class=\"meta\">").append(esc(report.templateTitle().th())).append(" <span class=\"en\">(")
                .append(esc(report.templateTitle().en())).append(")</span><br>เรื่องที่ทบทวน: ")
                .append(esc(report.subjectTitle() == null ? report.subject().lawId() : report.subjectTitle()))
                .append(report.subject().provisions().isEmpty() ? ""
                        : " มาตรา " + esc(String.join(", ", report.subject().provisions())))
                .append("<br>สถานะ: ").append(report.state()).append("</p>\n");
        for (Section section : report.sections()) {
            html.append("<h2>").append(esc(section.title().th())).append(" <span class=\"en\">")
                    .append(esc(section.title().en())).append("</span></h2>\n<dl>\n");
            for (Item item : section.items()) {
                item(html, item);
            }
            html.append("</dl>\n");
        }
        decision(html, report);
        audit(html, report.audit());
        html.append("<p class=\"meta\">จัดทำรายงานเมื่อ ").append(date(report.generatedAt()))
                .append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void item(StringBuilder html, Item item) {
        html.append("<dt>").append(esc(item.label().th())).append("</dt>\n<dd>");
        if (item.kind() == ReviewReport.Kind.TABLE) {
            if (item.rows().isEmpty()) {
                html.append(ReportValues.NONE);
            } else {
                table(html, item.columns().stream().map(LocalizedText::th).toList(), item.rows());
            }
        } else {
            html.append(esc(item.text()));
        }
        html.append("</dd>\n");
    }

    private static void decision(StringBuilder html, ReviewReport report) {
        html.append("<h2>มติคณะกรรมการ <span class=\"en\">Decision</span></h2>\n<p>");
        if (report.decision() == null) {
            html.append("ยังไม่มีมติ");
            if (report.suggested() != null) {
                html.append(" · ผลตามเกณฑ์ของแบบ: ").append(esc(report.suggested().label().th()));
            }
        } else {
            html.append("<strong>").append(esc(report.decision().outcome().label().th())).append("</strong>");
            if (report.decision().note() != null && !report.decision().note().isBlank()) {
                html.append("<br>").append(esc(report.decision().note()));
            }
            html.append("<br>ลงมติเมื่อ ").append(date(report.decision().decidedAt()));
            if (report.decision().decidedBy() != null) {
                html.append(" โดย ").append(esc(report.decision().decidedBy()));
            }
        }
        html.append("</p>\n");
    }

    private static void audit(StringBuilder html, ReviewReport.AuditSummary audit) {
        html.append("<h2>สรุปการดำเนินการ <span class=\"en\">Audit summary</span></h2>\n<p>สร้างเมื่อ ")
                .append(date(audit.createdAt()));
        if (audit.createdBy() != null) {
            html.append(" โดย ").append(esc(audit.createdBy()));
        }
        html.append(" · แก้ไขคำตอบ ").append(audit.answerChanges()).append(" ครั้ง</p>\n");
        if (!audit.moves().isEmpty()) {
            List<List<String>> rows = audit.moves().stream().map(HtmlReportWriter::cells).toList();
            table(html, List.of("วันที่", "สถานะ", "ผู้ดำเนินการ", "หมายเหตุ"), rows);
        }
    }

    private static List<String> cells(Move move) {
        return List.of(date(move.at()), move.state().name(), move.actor() == null ? "" : move.actor(),
                move.note() == null ? "" : move.note());
    }

    private static void table(StringBuilder html, List<String> headings, List<List<String>> rows) {
        html.append("<table>\n<thead><tr>");
        headings.forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(esc(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private String fontFamily() {
        return Stream.concat(Stream.of(properties.font()), properties.fallbackFonts().stream())
                .map(f -> "\"" + f.replaceAll("[^\\p{L}\\p{N} _-]", "") + "\"")
                .collect(Collectors.joining(",")) + ",sans-serif";
    }

    private static String date(Instant at) {
        return at == null ? ReportValues.NONE : ThaiDates.format(at.atZone(BANGKOK).toLocalDate());
    }

    static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
