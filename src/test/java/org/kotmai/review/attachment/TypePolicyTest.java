package org.kotmai.review.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TypePolicyTest {

    private final TypePolicy policy = new TypePolicy();

    @Test
    void aPdfRenamedToPngIsKeptAsAPdf() {
        assertThat(policy.accept(SampleFiles.pdf(), "photo.png")).isEqualTo("application/pdf");
    }

    @Test
    void htmlRenamedToPdfIsRefusedNamingTheDetectedType() {
        assertThatThrownBy(() -> policy.accept(SampleFiles.html(), "report.pdf"))
                .isInstanceOf(UnsupportedAttachmentTypeException.class)
                .hasMessageContaining("text/html").hasMessageContaining("application/pdf");
    }

    @Test
    void svgZipAndExecutablesAreRefused() throws Exception {
        assertThatThrownBy(() -> policy.accept(SampleFiles.svg(), "chart.png"))
                .isInstanceOf(UnsupportedAttachmentTypeException.class);
        assertThatThrownBy(() -> policy.accept(SampleFiles.zip(), "evidence.docx"))
                .isInstanceOf(UnsupportedAttachmentTypeException.class);
        assertThatThrownBy(() -> policy.accept(SampleFiles.windowsExecutable(), "scan.pdf"))
                .isInstanceOf(UnsupportedAttachmentTypeException.class);
    }

    @Test
    void officeDocumentsAndImagesAreRecognisedByTheirContent() throws Exception {
        assertThat(policy.accept(SampleFiles.docx(), "upload.bin"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(policy.accept(SampleFiles.png(), "upload.bin")).isEqualTo("image/png");
    }

    @Test
    void thaiTextIsPlainTextAndTheNameOnlyTellsCsvApart() {
        assertThat(policy.accept(SampleFiles.thaiText(), "notes.pdf")).isEqualTo("text/plain");
        assertThat(policy.accept("ปี,จำนวน\n2568,12\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "table.csv")).isEqualTo("text/csv");
    }

    @Test
    void aPasswordProtectedPdfIsRefusedWithWhatToDo() throws Exception {
        assertThatThrownBy(() -> policy.accept(SampleFiles.passwordProtectedPdf(), "evidence.pdf"))
                .isInstanceOf(UnreadableAttachmentException.class)
                .hasMessageContaining("password-protected").hasMessageContaining("without the password");
    }

    @Test
    void aTruncatedPdfIsRefusedAsDamaged() {
        byte[] pdf = SampleFiles.pdf();
        byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length / 3);
        assertThatThrownBy(() -> policy.accept(truncated, "evidence.pdf"))
                .isInstanceOf(UnreadableAttachmentException.class).hasMessageContaining("damaged");
    }
}
