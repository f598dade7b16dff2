package org.kotmai.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void charactersXmlCannotCarryAreDroppedAndTheRestKept() {
        assertThat(XmlText.clean("ก\u0000ข\u0008ค\uFFFE <&>\tง")).isEqualTo("กขค <&>\tง");
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "มาตรา ๕ & <ข้อ>";
        assertThat(XmlText.clean(text)).isSameAs(text);
    }
}
