package org.kotmai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class FirewallCharactersTest {

    /** Spring Security's own rules, as regular expressions, which the loops must agree with everywhere. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsSpringSecurityJudgesIt() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String s = "a" + new String(Character.toChars(c)) + "ก";
            assertThat(FirewallCharacters.NAME.test(s)).as("U+%04X in a name", c)
                    .isEqualTo(NAME.matcher(s).matches());
            assertThat(FirewallCharacters.HEADER_VALUE.test(s)).as("U+%04X in a header value", c)
                    .isEqualTo(HEADER_VALUE.matcher(s).matches());
        }
    }

    @Test
    void thaiTextPassesAndControlCharactersDoNot() {
        assertThat(FirewallCharacters.NAME.test("คำค้น q")).isTrue();
        assertThat(FirewallCharacters.NAME.test("q\u0000")).isFalse();
        assertThat(FirewallCharacters.NAME.test("q\tx")).isFalse();
        assertThat(FirewallCharacters.HEADER_VALUE.test("Basic\tx")).isTrue();
        assertThat(FirewallCharacters.HEADER_VALUE.test("x\r\ny")).isFalse();
        assertThat(FirewallCharacters.NAME.test("\uD800")).as("an unpaired surrogate is an assigned category")
                .isEqualTo(NAME.matcher("\uD800").matches());
    }
}
