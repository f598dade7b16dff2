package org.kotmai.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CsvRowTest {

    @Test
    void plainFieldsAreBareAndTheRecordEndsWithCrLf() {
        assertThat(CsvRow.of(Arrays.asList("a", "มาตรา ๑", null, ""))).isEqualTo("a,มาตรา ๑,,\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(CsvRow.of(Arrays.asList("a,b", "say \"x\"", "line\nbreak", "cr\rx")))
                .isEqualTo("\"a,b\",\"say \"\"x\"\"\",\"line\nbreak\",\"cr\rx\"\r\n");
    }
}
