package org.kotmai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentExtractorFormatsTest {

    private static DocumentExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void createExtractor() {
        extractor = new DocumentExtractor(IngestLimits.defaults());
    }

    @AfterAll
    static void closeExtractor() {
        extractor.close();
    }

    @Test
    void extractsThaiLinesFromPdfAndFlagsItForPdfRepair() throws Exception {
        ExtractedDocument doc = extractor.extract("laws/sample.pdf", SampleDocuments.pdf(dir.resolve("sample.pdf")));

        assertThat(doc.text().lines()).containsSubsequence(SampleDocuments.THAI_LINES);
        assertThat(doc.fromPdf()).isTrue();
        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.detectedCharset()).isNull();
    }

    @Test
    void keepsPrivateUseGlyphsForTheThaiRepairStep() throws Exception {
        Path pdf = dir.resolve("gazette.pdf");
        // Gazette fonts map sara am and some vowels to Private Use Area code points.
        ThaiPdf.write(pdf, java.util.List.of("กำหนด"), cp -> cp == 'ำ' ? 0xF711 : cp);

        ExtractedDocument doc = extractor.extract("gazette.pdf", pdf);

        assertThat(doc.text()).isEqualTo("ก\uF711หนด");
        assertThat(doc.fromPdf()).isTrue();
    }

    @Test
    void extractsThaiParagraphsFromDocx() throws Exception {
        ExtractedDocument doc = extractor.extract("sample.docx", SampleDocuments.docx(dir.resolve("sample.docx")));

        assertThat(doc.text().lines()).containsSubsequence(SampleDocuments.THAI_LINES);
        assertThat(doc.fromPdf()).isFalse();
        assertThat(doc.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void extractsThaiParagraphsFromWord97Doc() throws Exception {
        ExtractedDocument doc = extractor.extract("sample.doc", SampleDocuments.doc(dir.resolve("sample.doc")));

        assertThat(doc.text().lines()).containsSubsequence(SampleDocuments.THAI_LINES);
        assertThat(doc.mediaType()).isEqualTo("application/msword");
    }

    @Test
    void extractsThaiParagraphsFromOdt() throws Exception {
        ExtractedDocument doc = extractor.extract("sample.odt", SampleDocuments.odt(dir.resolve("sample.odt")));

        assertThat(doc.text().lines()).containsSubsequence(SampleDocuments.THAI_LINES);
        assertThat(doc.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void decodesRtfUnicodeEscapes() throws Exception {
        ExtractedDocument doc = extractor.extract("sample.rtf", SampleDocuments.rtfUnicode(dir.resolve("sample.rtf")));

        assertThat(doc.text().lines()).containsSubsequence(SampleDocuments.THAI_LINES);
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void decodesRtfThaiCodePageEscapes() throws Exception {
        ExtractedDocument doc = extractor.extract("cp874.rtf", SampleDocuments.rtfCodePage874(dir.resolve("cp874.rtf")));

        assertThat(doc.text().lines()).containsSubsequence(SampleDocuments.THAI_LINES);
    }

    @Test
    void extractsHtmlParagraphsWithoutScriptOrStyle() throws Exception {
        Path html = SampleDocuments.html(dir.resolve("sample.html"), StandardCharsets.UTF_8, "utf-8");

        ExtractedDocument doc = extractor.extract("sample.html", html);

        assertThat(doc.text().lines()).containsSubsequence(SampleDocuments.THAI_LINES);
        assertThat(doc.text()).doesNotContain(SampleDocuments.SCRIPT_MARKER).doesNotContain("color");
        assertThat(doc.detectedCharset()).isEqualTo("UTF-8");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void turnsHtmlLineBreaksIntoLines() throws Exception {
        Path html = dir.resolve("breaks.html");
        java.nio.file.Files.writeString(html, "<html><body><div>" + String.join("<br>", SampleDocuments.THAI_LINES)
                + "</div></body></html>");

        ExtractedDocument doc = extractor.extract("breaks.html", html);

        assertThat(doc.text().lines()).containsExactlyElementsOf(SampleDocuments.THAI_LINES);
    }

    @Test
    void decodesUndeclaredTis620HtmlAndWarnsThatTheCharsetWasInferred() throws Exception {
        Path html = SampleDocuments.html(dir.resolve("legacy.html"), CharsetSniffer.TIS_620, null);

        ExtractedDocument doc = extractor.extract("legacy.html", html);

        assertThat(doc.text().lines()).containsSubsequence(SampleDocuments.THAI_LINES);
        assertThat(doc.detectedCharset()).isEqualTo("TIS-620");
        assertThat(doc.warnings()).singleElement().asString().startsWith("legacy.html: ").contains("TIS-620");
    }

    @Test
    void honoursDeclaredWindows874Charset() throws Exception {
        Path html = SampleDocuments.html(dir.resolve("declared.html"), CharsetSniffer.WINDOWS_874, "windows-874");

        ExtractedDocument doc = extractor.extract("declared.html", html);

        assertThat(doc.text().lines()).containsSubsequence(SampleDocuments.THAI_LINES);
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void extractsUtf8TextKeepingEveryLine() throws Exception {
        ExtractedDocument doc = extractor.extract("sample.txt",
                SampleDocuments.text(dir.resolve("sample.txt"), StandardCharsets.UTF_8));

        assertThat(doc.text().lines()).containsExactlyElementsOf(SampleDocuments.THAI_LINES);
        assertThat(doc.detectedCharset()).isEqualTo("UTF-8");
        assertThat(doc.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void keepsC1ControlCharactersOfPlainTextForTheRepairStep() throws Exception {
        // U+0093/U+0094 are windows-874 quotes that went through a Latin-1 conversion.
        Path text = dir.resolve("quotes.txt");
        java.nio.file.Files.writeString(text, "ให้เรียกว่า \u0093พระราชบัญญัติทดสอบ\u0094\n");

        ExtractedDocument doc = extractor.extract("quotes.txt", text);

        assertThat(doc.text()).isEqualTo("ให้เรียกว่า \u0093พระราชบัญญัติทดสอบ\u0094");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void plainTextKeepsItsInnerLayoutForTheStatuteParser() throws Exception {
        Path text = dir.resolve("export.txt");
        java.nio.file.Files.writeString(text, "มาตรา ๑\u00A0\r\nข้อความต่อ\n\u00A0 \u00A0 \u00A0 \u00A0\n\n\n\nมาตรา ๒\n");

        assertThat(extractor.extract("export.txt", text).text())
                .isEqualTo("มาตรา ๑\u00A0\r\nข้อความต่อ\n\u00A0 \u00A0 \u00A0 \u00A0\n\n\n\nมาตรา ๒");
    }

    @Test
    void dropsTheByteOrderMark() throws Exception {
        Path text = dir.resolve("bom.txt");
        java.nio.file.Files.writeString(text, "\uFEFFมาตรา ๑\n");

        assertThat(extractor.extract("bom.txt", text).text()).isEqualTo("มาตรา ๑");
    }

    @Test
    void decodesShortTis620Text() throws Exception {
        ExtractedDocument doc = extractor.extract("legacy.txt",
                SampleDocuments.text(dir.resolve("legacy.txt"), CharsetSniffer.TIS_620));

        assertThat(doc.text().lines()).containsExactlyElementsOf(SampleDocuments.THAI_LINES);
        assertThat(doc.detectedCharset()).isEqualTo("TIS-620");
    }

    @Test
    void fallsBackToStatisticalDetectionForNonThaiLegacyTextAndSaysSo() throws Exception {
        Path latin = dir.resolve("latin1.txt");
        java.nio.file.Files.write(latin, "Übersetzung der Gesetze für die Größenordnung\n".repeat(20)
                .getBytes(StandardCharsets.ISO_8859_1));

        ExtractedDocument doc = extractor.extract("latin1.txt", latin);

        assertThat(doc.text()).startsWith("Übersetzung der Gesetze für die Größenordnung");
        assertThat(doc.warnings()).singleElement().asString()
                .startsWith("latin1.txt: no charset declared and the text is neither UTF-8 nor Thai");
    }

    @Test
    void warnsAboutBytesTheChosenCharsetCannotDecode() throws Exception {
        Path mixed = dir.resolve("mixed.txt");
        byte[] utf8 = (String.join("\n", SampleDocuments.THAI_LINES) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] legacyTail = "มาตรา ๓".getBytes(CharsetSniffer.TIS_620);
        // The UTF-8 part fills the whole detection sample, so the legacy tail is found only when decoding.
        byte[] padding = "\n".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        java.nio.file.Files.write(mixed, concat(utf8, padding, legacyTail));

        ExtractedDocument doc = extractor.extract("mixed.txt", mixed);

        assertThat(doc.text().lines()).startsWith(SampleDocuments.THAI_LINES.toArray(String[]::new));
        assertThat(doc.warnings()).singleElement().asString()
                .startsWith("mixed.txt: ").contains("character(s) are unreadable");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void extractsFromAnInputStreamOfKnownContent() throws Exception {
        Path docx = SampleDocuments.docx(dir.resolve("streamed.docx"));

        ExtractedDocument doc;
        try (var in = java.nio.file.Files.newInputStream(docx)) {
            doc = extractor.extract("upload/streamed.docx", in);
        }

        assertThat(doc.text().lines()).containsSubsequence(SampleDocuments.THAI_LINES);
    }
}
