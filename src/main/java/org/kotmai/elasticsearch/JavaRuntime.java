package org.kotmai.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK the node runs on. The integ-test distribution ships no JDK, so the node borrows one; Elasticsearch 8.19
 * needs Java 17 or newer and fails late and obscurely otherwise, hence this early check.
 */
record JavaRuntime(Path home) {

    static final int MINIMUM_FEATURE_VERSION = 17;

    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(1\\.)?(\\d+)");

    static JavaRuntime current() {
        return new JavaRuntime(Path.of(System.getProperty("java.home")));
    }

    /** Fails with instructions unless {@code home} is a JDK of a version Elasticsearch accepts. */
    JavaRuntime requireSupported() {
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            throw new ManagedNodeException("No java executable in " + home + ". Set"
                    + " kotmai.elasticsearch.managed.java-home to a Java " + MINIMUM_FEATURE_VERSION + "+ home.");
        }
        int feature = featureVersion().orElseThrow(() -> new ManagedNodeException("Cannot tell the Java version"
                + " of " + home + " (no JAVA_VERSION in its release file). Set kotmai.elasticsearch.managed.java-home"
                + " to a regular Java " + MINIMUM_FEATURE_VERSION + "+ installation."));
        if (feature < MINIMUM_FEATURE_VERSION) {
            throw new ManagedNodeException("Elasticsearch needs Java " + MINIMUM_FEATURE_VERSION + " or newer, but "
                    + home + " is Java " + feature + ". Set kotmai.elasticsearch.managed.java-home to a newer JDK.");
        }
        return this;
    }

    Optional<Integer> featureVersion() {
        try {
            Matcher m = RELEASE_VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Optional.of(Integer.parseInt(m.group(2))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
