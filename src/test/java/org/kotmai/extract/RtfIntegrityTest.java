package org.kotmai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RtfIntegrityTest {

    @TempDir
    Path dir;

    private int unclosed(String rtf) throws Exception {
        Path file = Files.writeString(dir.resolve("t.rtf"), rtf, StandardCharsets.US_ASCII);
        return new RtfIntegrity().unclosedGroups(file);
    }

    @Test
    void countsGroupsLeftOpenByATruncatedFile() throws Exception {
        assertThat(unclosed("{\\rtf1{\\fonttbl{\\f0 Tahoma;}}\\pard text")).isEqualTo(1);
        assertThat(unclosed("{\\rtf1{\\fonttbl{\\f0 Tahoma;")).isEqualTo(3);
    }

    @Test
    void ignoresEscapedBracesInTheText() throws Exception {
        assertThat(unclosed("{\\rtf1 \\{literal\\} \\\\}")).isZero();
    }
}
