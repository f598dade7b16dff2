package org.kotmai.statute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: small synthetic texts laid out like the Krisdika export (CR LF wraps, NBSP lines,
 * rules under titles, footnote list at the end), each with the full rendering the parser must give.
 * The actual rendering is also written to target/golden-actual/ so that a deliberate change can be
 * reviewed and copied over.
 */
class StatuteParserGoldenTest {

    private final StatuteParser parser = new StatuteParser();

    @ParameterizedTest
    @ValueSource(strings = {"bee-act", "fishery-code", "bee-regulation"})
    void rendersFixtureExactlyAsTheGoldenFile(String name) throws IOException {
        String actual = ParsedLawRenderer.render(parser.parse(resource(name + ".txt"), ParseHints.none()));
        Path out = Path.of("target/golden-actual/" + name + ".expected.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
        assertThat(actual).isEqualTo(resource(name + ".expected.txt"));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = StatuteParserGoldenTest.class.getResourceAsStream("/statute/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource src/test/resources/statute/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
