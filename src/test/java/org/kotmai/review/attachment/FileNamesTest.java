package org.kotmai.review.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathPartsAreDroppedSoATraversalNameIsOnlyALabel() {
        assertThat(FileNames.label("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.label("C:\\Users\\สมชาย\\รายงาน.pdf")).isEqualTo("รายงาน.pdf");
        assertThat(FileNames.label("..")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.label("/")).isEqualTo(FileNames.FALLBACK);
    }

    @Test
    void controlAndBidiOverrideCharactersAreRemoved() {
        assertThat(FileNames.label("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.label("a\r\nSet-Cookie: x.txt")).isEqualTo("aSet-Cookie x.txt");
        assertThat(FileNames.label("ราย\u200Bงาน\u2066.pdf")).isEqualTo("รายงาน.pdf");
    }

    @Test
    void thaiNamesAreKeptAndNormalised() {
        assertThat(FileNames.label("  หลักฐานการรับฟังความคิดเห็น.docx ")).isEqualTo("หลักฐานการรับฟังความคิดเห็น.docx");
    }

    @Test
    void hiddenFileDotsAndMissingNamesGiveAPlainLabel() {
        assertThat(FileNames.label(".htaccess")).isEqualTo("htaccess");
        assertThat(FileNames.label(null)).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.label("\u0000\u0007")).isEqualTo(FileNames.FALLBACK);
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String label = FileNames.label("ก".repeat(500) + ".pdf");

        assertThat(label.codePointCount(0, label.length())).isEqualTo(FileNames.MAX_CODE_POINTS);
        assertThat(label).endsWith(".pdf").startsWith("กกก");
    }
}
