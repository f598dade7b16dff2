package org.kotmai.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NfcQuickCheckTest {

    /** Every character the check decides about without the normaliser. */
    private static List<Character> decidedCharacters() {
        List<Character> chars = new ArrayList<>();
        for (char c = 0; c < 0x10000 - 1; c++) {
            if (NfcQuickCheck.isNfc(String.valueOf(c))) {
                chars.add(c);
            }
        }
        return chars;
    }

    @Test
    void neverCallsTextNormalisedThatNfcWouldChange() {
        List<Character> chars = decidedCharacters();
        List<String> wrong = new ArrayList<>();
        char[] pair = new char[2];
        for (char a : chars) {
            for (char b : chars) {
                pair[0] = a;
                pair[1] = b;
                String text = new String(pair);
                if (NfcQuickCheck.isNfc(text) && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                    wrong.add(Integer.toHexString(a) + " " + Integer.toHexString(b));
                }
            }
        }
        assertThat(chars).hasSizeGreaterThan(800);
        assertThat(wrong).isEmpty();
    }

    @Test
    void agreesWithTheNormaliserOnRunsOfThaiMarks() {
        List<String> wrong = new ArrayList<>();
        for (char a = '\u0E30'; a <= '\u0E4E'; a++) {
            for (char b = '\u0E30'; b <= '\u0E4E'; b++) {
                for (char c = '\u0E30'; c <= '\u0E4E'; c++) {
                    String text = "\u0E01" + a + b + c;
                    if (NfcQuickCheck.isNfc(text) != Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                        wrong.add(text);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void decidesOrdinaryThaiTextWithoutTheNormaliser() {
        assertThat(NfcQuickCheck.isNfc("มาตรา ๑๒ ผู้ใดกระทำความผิด – ต้องระวางโทษจำคุกไม่เกิน “หนึ่งปี”\n"))
                .isTrue();
        assertThat(NfcQuickCheck.isNfc("ก\u0E48\u0E38")).isFalse();
    }
}
