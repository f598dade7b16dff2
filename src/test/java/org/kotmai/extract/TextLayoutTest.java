package org.kotmai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLayoutTest {

    private final TextLayout layout = new TextLayout();

    @Test
    void unifiesLineEndsAndKeepsOneEmptyLineBetweenParagraphs() {
        assertThat(layout.normalise("มาตรา ๑\r\nข้อ ก\r\r\n\n\n\nมาตรา ๒\r"))
                .isEqualTo("มาตรา ๑\nข้อ ก\n\nมาตรา ๒");
    }

    @Test
    void trimsMarkupIndentationButKeepsNoBreakSpacesForTheRepairStep() {
        assertThat(layout.normalise("   \t<ก>\u00A0ข  \n  ค"))
                .isEqualTo("<ก>\u00A0ข\nค");
    }
}
