package org.kotmai.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Generates small, genuine documents in every supported format at test time, all carrying the
 * same synthetic Thai statute text. Public so ingest tests in other packages can reuse them.
 */
public final class SampleDocuments {

    /** Synthetic statute text written for these tests; it is not taken from any real law. */
    public static final List<String> THAI_LINES = List.of(
            "พระราชบัญญัติทดสอบการสกัดเอกสาร พ.ศ. ๒๕๖๙",
            "มาตรา ๑ พระราชบัญญัตินี้ใช้สำหรับทดสอบเท่านั้น",
            "มาตรา ๒ ข้อความภาษาไทยต้องอ่านออกครบถ้วน");

    /** Text inside the script element of {@link #html}; must never reach the extracted text. */
    public static final String SCRIPT_MARKER = "SCRIPT_MUST_NOT_LEAK";

    private static final String ODT_MIME = "application/vnd.oasis.opendocument.text";

    private SampleDocuments() {
    }

    public static Path pdf(Path target) throws IOException {
        ThaiPdf.write(target, THAI_LINES);
        return target;
    }

    public static Path docx(Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            THAI_LINES.forEach(line -> doc.createParagraph().createRun().setText(line));
            doc.write(out);
        }
        return target;
    }

    /**
     * Word 97 binary that LibreOffice wrote from an HTML page holding {@link #THAI_LINES}
     * (POI cannot write DOC files).
     */
    public static Path doc(Path target) throws IOException {
        try (InputStream in = SampleDocuments.class.getResourceAsStream("/extract/thai-sample.doc")) {
            if (in == null) {
                throw new IOException("test resource extract/thai-sample.doc is missing from the classpath");
            }
            Files.copy(in, target);
        }
        return target;
    }

    public static Path odt(Path target) throws IOException {
        StringBuilder body = new StringBuilder();
        THAI_LINES.forEach(line -> body.append("<text:p>").append(line).append("</text:p>"));
        writeOdt(target, body.toString());
        return target;
    }

    /** An ODT whose content.xml body is {@code bodyXml}; lets hostile tests plant any content. */
    static void writeOdt(Path target, String bodyXml) throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">\
                <office:body><office:text>%s</office:text></office:body></office:document-content>
                """.formatted(bodyXml);
        writeOdt(target, "", content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An ODT built from raw parts.
     *
     * @param contentEntryXml child elements of the manifest entry for content.xml, such as the
     *                        encryption data a password-protected document declares
     */
    static void writeOdt(Path target, String contentEntryXml, byte[] content) throws IOException {
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">%s\
                </manifest:file-entry>
                </manifest:manifest>
                """.formatted(ODT_MIME, contentEntryXml);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            // ODF requires "mimetype" first and uncompressed so that magic-number detection works.
            byte[] mime = ODT_MIME.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimeEntry = new ZipEntry("mimetype");
            mimeEntry.setMethod(ZipEntry.STORED);
            mimeEntry.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimeEntry.setCrc(crc.getValue());
            zip.putNextEntry(mimeEntry);
            zip.write(mime);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> part : Map.of(
                    "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8),
                    "content.xml", content).entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }

    /** RTF with every Thai character as a {@code \\uNNNN} escape, the way Word writes it. */
    public static Path rtfUnicode(Path target) throws IOException {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Tahoma;}}\\uc1\n\\pard\\plain\\f0 ");
        for (String line : THAI_LINES) {
            line.chars().forEach(c -> rtf.append(c < 0x80 ? String.valueOf((char) c) : "\\u" + c + "?"));
            rtf.append("\\par\n");
        }
        rtf.append('}');
        Files.writeString(target, rtf, StandardCharsets.US_ASCII);
        return target;
    }

    /** RTF declaring the Thai Windows code page and writing Thai as {@code \\'xx} byte escapes. */
    public static Path rtfCodePage874(Path target) throws IOException {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg874\\deff0{\\fonttbl{\\f0\\fcharset222 Tahoma;}}\n"
                + "\\pard\\plain\\f0 ");
        for (String line : THAI_LINES) {
            for (byte b : line.getBytes(CharsetSniffer.WINDOWS_874)) {
                int v = b & 0xFF;
                rtf.append(v < 0x80 ? String.valueOf((char) v) : String.format("\\'%02x", v));
            }
            rtf.append("\\par\n");
        }
        rtf.append('}');
        Files.writeString(target, rtf, StandardCharsets.US_ASCII);
        return target;
    }

    /**
     * HTML with a script and a style block around the Thai paragraphs.
     *
     * @param declaredCharset label for a meta charset tag, or null to declare none
     */
    public static Path html(Path target, Charset charset, String declaredCharset) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head>");
        if (declaredCharset != null) {
            html.append("<meta charset=\"").append(declaredCharset).append("\">");
        }
        html.append("<title>ทดสอบ</title><style>p { color: red; }</style>")
                .append("<script>var marker = '").append(SCRIPT_MARKER).append("';</script></head>\n<body>\n");
        THAI_LINES.forEach(line -> html.append("  <p>").append(line).append("</p>\n"));
        html.append("</body></html>\n");
        Files.write(target, html.toString().getBytes(charset));
        return target;
    }

    public static Path text(Path target, Charset charset) throws IOException {
        Files.write(target, String.join("\n", THAI_LINES).concat("\n").getBytes(charset));
        return target;
    }
}
