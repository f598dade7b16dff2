package org.kotmai.thai;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The word lists and tables that ship with the Thai rules, under {@code src/main/resources/thai}. */
final class ThaiResources {

    private ThaiResources() {
    }

    /**
     * The UTF-8 text of a classpath resource.
     *
     * @throws IllegalStateException naming the resource when it is missing or cannot be read: the rules cannot
     *                               work without it, so start-up stops
     */
    static String text(String resource) {
        try (InputStream in = ThaiResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + resource
                        + " is missing; it ships in src/main/resources/thai");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read classpath resource " + resource, e);
        }
    }
}
