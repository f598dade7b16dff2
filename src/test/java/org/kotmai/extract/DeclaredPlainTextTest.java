package org.kotmai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclaredPlainTextTest {

    private static final String LAW = "พระราชบัญญัติทดลอง\r\nพ.ศ. ๒๕๖๐\r\n\r\nมาตรา ๑  พระราชบัญญัตินี้เรียกว่า \u201Cทดลอง\u201D\r\n"
            + "มาตรา ๒\tให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศ\n";

    private static DocumentExtractor extractor;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() {
        extractor = new DocumentExtractor(IngestLimits.defaults());
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void decodesUtf8ThaiTextAtOnce() {
        assertThat(DeclaredPlainText.decode(LAW.getBytes(StandardCharsets.UTF_8))).contains(LAW);
    }

    @Test
    void leavesToDetectionWhatTheBytesDoNotBearOut() {
        assertThat(DeclaredPlainText.decode(LAW.getBytes(CharsetSniffer.TIS_620))).as("TIS-620").isEmpty();
        assertThat(DeclaredPlainText.decode(LAW.getBytes(StandardCharsets.UTF_16BE))).as("UTF-16 without BOM")
                .isEmpty();
        assertThat(DeclaredPlainText.decode(("\uFEFF" + LAW).getBytes(StandardCharsets.UTF_8))).as("BOM").isEmpty();
        assertThat(DeclaredPlainText.decode(("<html><body>" + LAW).getBytes(StandardCharsets.UTF_8))).as("markup")
                .isEmpty();
        assertThat(DeclaredPlainText.decode(("{\\rtf1 " + LAW).getBytes(StandardCharsets.UTF_8))).as("RTF").isEmpty();
        assertThat(DeclaredPlainText.decode((LAW + "\u0000").getBytes(StandardCharsets.UTF_8))).as("NUL").isEmpty();
        assertThat(DeclaredPlainText.decode(" \r\n".getBytes(StandardCharsets.UTF_8))).as("blank").isEmpty();
    }

    @Test
    void extractsDeclaredTextAsContentDetectionWould() throws IOException {
        for (byte[] bytes : new byte[][] {LAW.getBytes(StandardCharsets.UTF_8), LAW.getBytes(CharsetSniffer.TIS_620),
                LAW.getBytes(StandardCharsets.UTF_16BE), ("\uFEFF" + LAW).getBytes(StandardCharsets.UTF_8),
                ("<html><body><p>" + LAW + "</p></body></html>").getBytes(StandardCharsets.UTF_8),
                ("\u00A0" + LAW).getBytes(StandardCharsets.UTF_8)}) {
            Path file = Files.write(Files.createTempFile(folder, "law", ".txt"), bytes);

            assertThat(extractor.extractDeclaredText("law.txt", file)).isEqualTo(extractor.extract("law.txt", file));
        }
    }
}
