package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimeTest {

    @TempDir
    Path home;

    @Test
    void acceptsTheRunningJvm() {
        assertThat(JavaRuntime.current().requireSupported().featureVersion()).hasValueSatisfying(
                v -> assertThat(v).isGreaterThanOrEqualTo(17));
    }

    @Test
    void rejectsJava11WithInstructions() throws IOException {
        fakeJdk("JAVA_VERSION=\"11.0.2\"\n");
        assertThatThrownBy(() -> new JavaRuntime(home).requireSupported())
                .isInstanceOf(ManagedNodeException.class)
                .hasMessageContaining("is Java 11")
                .hasMessageContaining("kotmai.elasticsearch.managed.java-home");
    }

    @Test
    void readsLegacyVersionScheme() throws IOException {
        fakeJdk("JAVA_VERSION=\"1.8.0_392\"\n");
        assertThat(new JavaRuntime(home).featureVersion()).contains(8);
    }

    @Test
    void rejectsDirectoryWithoutJava() {
        assertThatThrownBy(() -> new JavaRuntime(home).requireSupported())
                .isInstanceOf(ManagedNodeException.class)
                .hasMessageContaining("No java executable in " + home);
    }

    private void fakeJdk(String release) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), release);
    }
}
