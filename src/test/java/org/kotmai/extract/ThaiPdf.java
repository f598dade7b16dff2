package org.kotmai.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Writes PDFs whose text is Thai without needing a Thai font on the build machine: each distinct
 * character gets a one-byte code drawn with Helvetica, and a ToUnicode map tells extractors which
 * character each code stands for. That is also how Royal Gazette PDFs encode text, which lets
 * tests map codes into the Private Use Area the way those fonts do.
 */
public final class ThaiPdf {

    private ThaiPdf() {
    }

    /** One line of text per PDF text line, extracted as the same Unicode characters. */
    public static void write(Path target, List<String> lines) throws IOException {
        write(target, lines, IntUnaryOperator.identity());
    }

    /**
     * @param unicodeOf what the ToUnicode map claims each character of {@code lines} is; lets a
     *                  test reproduce fonts that map Thai glyphs to Private Use Area code points
     */
    public static void write(Path target, List<String> lines, IntUnaryOperator unicodeOf) throws IOException {
        Map<Integer, Integer> codeOfChar = new LinkedHashMap<>();
        StringBuilder content = new StringBuilder("BT /F1 14 Tf 18 TL 50 780 Td\n");
        for (String line : lines) {
            content.append('<');
            line.codePoints().forEach(cp -> content.append(String.format("%02X", codeFor(cp, codeOfChar))));
            content.append("> Tj T*\n");
        }
        content.append("ET\n");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE1);
            font.setName(COSName.BASE_FONT, "Helvetica");
            font.setItem(COSName.TO_UNICODE, stream(doc, toUnicodeMap(codeOfChar, unicodeOf)));
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            page.setContents(stream(doc, content.toString()));
            doc.save(target.toFile());
        }
    }

    private static int codeFor(int codePoint, Map<Integer, Integer> codeOfChar) {
        if (codePoint == ' ') {
            return 0x20;
        }
        int code = codeOfChar.computeIfAbsent(codePoint, cp -> 0x21 + codeOfChar.size());
        if (code > 0x7E) {
            throw new IllegalArgumentException("ThaiPdf supports at most 94 distinct characters per document");
        }
        return code;
    }

    private static String toUnicodeMap(Map<Integer, Integer> codeOfChar, IntUnaryOperator unicodeOf) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <00> <FF>
                endcodespacerange
                """);
        cmap.append(codeOfChar.size() + 1).append(" beginbfchar\n<20> <0020>\n");
        codeOfChar.forEach((cp, code) ->
                cmap.append(String.format("<%02X> <%04X>%n", code, unicodeOf.applyAsInt(cp))));
        cmap.append("""
                endbfchar
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """);
        return cmap.toString();
    }

    private static PDStream stream(PDDocument doc, String text) throws IOException {
        return new PDStream(doc, new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
