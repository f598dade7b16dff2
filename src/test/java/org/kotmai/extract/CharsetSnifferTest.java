package org.kotmai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    private static final String THAI = "มาตรา ๓ ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศ";

    private final CharsetSniffer sniffer = new CharsetSniffer();

    private Optional<CharsetSniffer.Guess> sniff(byte[] bytes) {
        return sniffer.sniff(bytes, bytes.length);
    }

    @Test
    void recognisesShortTis620Text() {
        assertThat(sniff(THAI.getBytes(CharsetSniffer.TIS_620)))
                .contains(new CharsetSniffer.Guess(CharsetSniffer.TIS_620, true));
    }

    @Test
    void choosesWindows874WhenItsPunctuationBytesAppear() {
        byte[] bytes = ("\u201C" + THAI + "\u201D").getBytes(CharsetSniffer.WINDOWS_874);

        assertThat(sniff(bytes)).map(CharsetSniffer.Guess::charset).contains(CharsetSniffer.WINDOWS_874);
    }

    @Test
    void acceptsValidUtf8WithoutCallingItAGuess() {
        assertThat(sniff(THAI.getBytes(StandardCharsets.UTF_8)))
                .contains(new CharsetSniffer.Guess(StandardCharsets.UTF_8, false));
    }

    @Test
    void toleratesAUtf8SequenceCutByTheEndOfTheSample() {
        byte[] bytes = THAI.getBytes(StandardCharsets.UTF_8);

        assertThat(sniffer.decodes(StandardCharsets.UTF_8, bytes, bytes.length - 1)).isTrue();
    }

    @Test
    void recognisesUtf16WithoutByteOrderMarkInBothByteOrders() {
        assertThat(sniff(THAI.getBytes(StandardCharsets.UTF_16LE))).map(CharsetSniffer.Guess::charset)
                .contains(StandardCharsets.UTF_16LE);
        assertThat(sniff(THAI.getBytes(StandardCharsets.UTF_16BE))).map(CharsetSniffer.Guess::charset)
                .contains(StandardCharsets.UTF_16BE);
    }

    @Test
    void doesNotMistakeSixteenBitNumbersForUtf16Text() {
        byte[] samples = new byte[512];
        for (int i = 0; i < samples.length; i += 2) {
            samples[i] = (byte) (i * 7 % 31);
        }

        assertThat(sniffer.utf16WithoutBom(samples, samples.length)).isEmpty();
    }

    @Test
    void readsByteOrderMarks() {
        byte[] utf16 = "\uFEFFก".getBytes(StandardCharsets.UTF_16BE);

        assertThat(sniffer.byteOrderMark(utf16, utf16.length)).contains(StandardCharsets.UTF_16BE);
    }

    @Test
    void doesNotCallLatin1TextThai() {
        byte[] bytes = "Größenordnung für Übersetzungen".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(sniff(bytes)).isEmpty();
    }

    @Test
    void treatsNulBytesOutsideUtf16AsBinary() {
        assertThat(sniff(new byte[] {'a', 0, 0, 0, 'b', 'c', 0, 'd'})).isEmpty();
    }

    @Test
    void widensDeclaredTis620ToWindows874() {
        assertThat(sniffer.widenThai(CharsetSniffer.TIS_620)).isEqualTo(CharsetSniffer.WINDOWS_874);
        assertThat(sniffer.widenThai(Charset.forName("x-iso-8859-11"))).isEqualTo(CharsetSniffer.WINDOWS_874);
        assertThat(sniffer.widenThai(StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.UTF_8);
    }
}
