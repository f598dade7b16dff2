package org.kotmai.review.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.kotmai.review.report.ReviewReport.Item;
import org.kotmai.review.report.ReviewReport.Move;
import org.kotmai.review.report.ReviewReport.Section;
import org.kotmai.review.template.LocalizedText;
import org.kotmai.thai.ThaiDates;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a report as a Word document. Thai is a complex script: Word and LibreOffice pick the font, size and
 * weight of Thai characters from the complex-script properties ({@code w:cs}, {@code w:szCs}, {@code w:bCs}),
 * so every run sets those as well as the Latin ones and hints that its text is complex script. The font table
 * names the fallback fonts, for machines without the preferred Thai font.
 */
@Component
class DocxReportWriter {

    private static final String FONT_TABLE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String FONT_TABLE_RELATION =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    private static final QName HINT =
            new QName("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "hint");
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final int BODY = 16;
    private static final int SECTION = 18;
    private static final int TITLE = 22;

    private final ReportProperties properties;

    DocxReportWriter(ReportProperties properties) {
        this.properties = properties;
    }

    byte[] write(ReviewReport report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            declareFonts(doc);
            heading(doc, report.title(), TITLE, 0);
            line(doc, report.templateTitle().th() + " (" + report.templateTitle().en() + ")", false);
            line(doc, "เรื่องที่ทบทวน (subject): " + (report.subjectTitle() == null ? report.subject().lawId()
                    : report.subjectTitle()) + provisions(report), false);
            line(doc, "สถานะ (state): " + report.state() + " · แบบ " + report.templateId() + " ฉบับที่ "
                    + report.templateVersion(), false);
            for (Section section : report.sections()) {
                heading(doc, bilingual(section.title()), SECTION, 1);
                for (Item item : section.items()) {
                    item(doc, item);
                }
            }
            decision(doc, report);
            audit(doc, report.audit());
            line(doc, "จัดทำรายงานเมื่อ " + date(report.generatedAt()), false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the DOCX report of review " + report.reviewId(), e);
        }
    }

    private void item(XWPFDocument doc, Item item) {
        XWPFParagraph label = doc.createParagraph();
        run(label, item.label().th(), true, BODY);
        if (item.kind() != ReviewReport.Kind.TABLE) {
            XWPFParagraph value = doc.createParagraph();
            value.setIndentationLeft(360);
            String[] lines = item.text().split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                XWPFRun run = run(value, lines[i], false, BODY);
                if (i < lines.length - 1) {
                    run.addBreak();
                }
            }
            return;
        }
        if (item.rows().isEmpty()) {
            run(doc.createParagraph(), ReportValues.NONE, false, BODY);
            return;
        }
        List<String> headings = item.columns().stream().map(LocalizedText::th).toList();
        table(doc, headings, item.rows());
    }

    private void decision(XWPFDocument doc, ReviewReport report) {
        heading(doc, "มติคณะกรรมการ (Decision)", SECTION, 1);
        if (report.decision() == null) {
            line(doc, "ยังไม่มีมติ" + (report.suggested() == null ? ""
                    : " · ผลตามเกณฑ์ของแบบ: " + report.suggested().label().th()), false);
            return;
        }
        line(doc, report.decision().outcome().label().th(), true);
        if (report.decision().note() != null && !report.decision().note().isBlank()) {
            line(doc, report.decision().note(), false);
        }
        line(doc, "ลงมติเมื่อ " + date(report.decision().decidedAt())
                + (report.decision().decidedBy() == null ? "" : " โดย " + report.decision().decidedBy()), false);
    }

    private void audit(XWPFDocument doc, ReviewReport.AuditSummary audit) {
        heading(doc, "สรุปการดำเนินการ (Audit summary)", SECTION, 1);
        line(doc, "สร้างเมื่อ " + date(audit.createdAt())
                + (audit.createdBy() == null ? "" : " โดย " + audit.createdBy())
                + " · แก้ไขคำตอบ " + audit.answerChanges() + " ครั้ง", false);
        if (audit.moves().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Move move : audit.moves()) {
            rows.add(List.of(date(move.at()), move.state().name(), move.actor() == null ? "" : move.actor(),
                    move.note() == null ? "" : move.note()));
        }
        table(doc, List.of("วันที่", "สถานะ", "ผู้ดำเนินการ", "หมายเหตุ"), rows);
    }

    private void table(XWPFDocument doc, List<String> headings, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, headings.size());
        table.setWidth("100%");
        fill(table.getRow(0), headings, true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), false);
        }
        doc.createParagraph();
    }

    private void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
            run(paragraph, cells.get(c), bold, BODY - 2);
        }
    }

    private void heading(XWPFDocument doc, String text, int size, int outlineLevel) {
        XWPFParagraph paragraph = doc.createParagraph();
        // an outline level lets Word and LibreOffice list the section in their navigator and table of contents
        paragraph.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        paragraph.setSpacingBefore(outlineLevel == 0 ? 0 : 240);
        run(paragraph, text, true, size);
    }

    private void line(XWPFDocument doc, String text, boolean bold) {
        run(doc.createParagraph(), text, bold, BODY);
    }

    private XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        CTRPr rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(properties.font());
        fonts.setHAnsi(properties.font());
        fonts.setCs(properties.font());
        fonts.setEastAsia(properties.font());
        // the current schema dropped the "cs" hint value that Word still honours, so it is written as plain text
        try (XmlCursor cursor = fonts.newCursor()) {
            cursor.setAttributeText(HINT, "cs");
        }
        if (bold) {
            rPr.addNewB();
            rPr.addNewBCs();
        }
        BigInteger halfPoints = BigInteger.valueOf(size * 2L);
        rPr.addNewSz().setVal(halfPoints);
        rPr.addNewSzCs().setVal(halfPoints);
        rPr.addNewCs();
        rPr.addNewLang().setBidi("th-TH");
        return run;
    }

    /** Word reads {@code w:altName} as the font to use in place of a missing one: each font names the next. */
    private void declareFonts(XWPFDocument doc) {
        List<String> chain = new ArrayList<>();
        chain.add(properties.font());
        chain.addAll(properties.fallbackFonts());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (int i = 0; i < chain.size(); i++) {
            xml.append("<w:font w:name=\"").append(HtmlUtils.htmlEscape(chain.get(i))).append("\">");
            if (i + 1 < chain.size()) {
                xml.append("<w:altName w:val=\"").append(HtmlUtils.htmlEscape(chain.get(i + 1))).append("\"/>");
            }
            xml.append("<w:charset w:val=\"DE\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/>")
                    .append("</w:font>");
        }
        xml.append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, FONT_TABLE_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_RELATION);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("could not add the font table to a new DOCX", e);
        }
    }

    private static String provisions(ReviewReport report) {
        return report.subject().provisions().isEmpty() ? ""
                : " มาตรา " + String.join(", ", report.subject().provisions());
    }

    private static String bilingual(LocalizedText text) {
        return text.en() == null || text.en().isBlank() ? text.th() : text.th() + " (" + text.en() + ")";
    }

    private static String date(Instant at) {
        return at == null ? ReportValues.NONE : ThaiDates.format(at.atZone(BANGKOK).toLocalDate());
    }
}
