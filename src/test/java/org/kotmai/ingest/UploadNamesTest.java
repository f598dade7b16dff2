package org.kotmai.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kotmai.web.BadRequestException;

class UploadNamesTest {

    @Test
    void pathPartsOfAnUploadedNameAreDropped() {
        assertThat(UploadController.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadController.safeName("C:\\laws\\พรบ.pdf")).isEqualTo("พรบ.pdf");
    }

    @Test
    void unusableNamesAreRejected() {
        assertThatThrownBy(() -> UploadController.safeName("..")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> UploadController.safeName("a/")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> UploadController.safeName("bad\nname.pdf")).isInstanceOf(BadRequestException.class);
    }
}
