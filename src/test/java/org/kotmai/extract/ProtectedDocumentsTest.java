package org.kotmai.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtectedDocumentsTest {

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
    void extractsAPdfThatOnlyRestrictsEditing() throws Exception {
        Path plain = SampleDocuments.pdf(dir.resolve("plain.pdf"));
        Path restricted = dir.resolve("restricted.pdf");
        try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
            AccessPermission readOnly = new AccessPermission();
            readOnly.setCanModify(false);
            // An empty user password opens the file without asking: only editing is restricted.
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", readOnly);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(restricted.toFile());
        }

        ExtractedDocument doc = extractor.extract("restricted.pdf", restricted);

        assertThat(doc.text().lines()).containsSubsequence(SampleDocuments.THAI_LINES);
    }

    @Test
    void reportsAPasswordProtectedOdtAsEncrypted() throws Exception {
        byte[] ciphertext = new byte[512];
        new Random(7).nextBytes(ciphertext);
        Path odt = dir.resolve("locked.odt");
        SampleDocuments.writeOdt(odt, """
                <manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">\
                <manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>\
                <manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" \
                manifest:salt="AAAA"/></manifest:encryption-data>""", ciphertext);

        assertThatThrownBy(() -> extractor.extract("locked.odt", odt))
                .isInstanceOfSatisfying(ExtractionException.class,
                        e -> assertThat(e.reason()).isEqualTo(FailureReason.ENCRYPTED))
                .hasMessageStartingWith("locked.odt: the ODT file is password-protected");
    }
}
