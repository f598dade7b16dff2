package org.kotmai.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text of the pages exists in Thai and in English, and every fixed message key a template names exists. */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    /** {@code #{key}} or {@code #{key(args)}}; keys built from expressions are checked by the page tests instead. */
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[(}]");

    @Test
    void thaiAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties thai = load("messages_th.properties");
        Properties english = load("messages_en.properties");

        assertThat(thai.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(thai.stringPropertyNames()).allSatisfy(key -> {
            assertThat(thai.getProperty(key)).as("th " + key).isNotBlank();
            assertThat(english.getProperty(key)).as("en " + key).isNotBlank();
        });
    }

    @Test
    void everyKeyATemplateNamesIsInTheBundles() throws IOException {
        Set<String> known = load("messages_en.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(template));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(RESOURCES.relativize(template) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
