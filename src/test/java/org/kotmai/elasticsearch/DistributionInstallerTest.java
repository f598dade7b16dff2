package org.kotmai.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

class DistributionInstallerTest {

    @TempDir
    Path dir;

    private final DistributionInstaller installer = new DistributionInstaller(new DiskSpace());

    @Test
    void unpacksOnceAndMakesLaunchersExecutable() throws IOException {
        Path zip = zip("elasticsearch-9.9.9/bin/elasticsearch", "elasticsearch-9.9.9/lib/a.jar");
        Path home = installer.install(new FileSystemResource(zip), dir.resolve("dist"), 0);

        assertThat(home).isEqualTo(dir.resolve("dist/elasticsearch-9.9.9"));
        assertThat(Files.isExecutable(home.resolve("bin/elasticsearch"))).isTrue();
        assertThat(home.resolve("lib/a.jar")).exists();

        Files.writeString(home.resolve("marker"), "kept");
        installer.install(new FileSystemResource(zip), dir.resolve("dist"), 0);
        assertThat(home.resolve("marker")).hasContent("kept");
    }

    @Test
    void refusesToUnpackWhenDiskLacksSpace() throws IOException {
        Path zip = zip("elasticsearch-9.9.9/bin/elasticsearch");
        assertThatThrownBy(() -> installer.install(new FileSystemResource(zip), dir.resolve("dist"), Long.MAX_VALUE / 4))
                .isInstanceOf(ManagedNodeException.class)
                .hasMessageContaining("Not enough free disk space")
                .hasMessageContaining("kotmai.data-dir");
        assertThat(dir.resolve("dist/elasticsearch-9.9.9")).doesNotExist();
    }

    @Test
    void rejectsEntriesEscapingTheTargetDirectory() throws IOException {
        Path zip = zip("elasticsearch-9.9.9/bin/elasticsearch", "elasticsearch-9.9.9/../../evil");
        assertThatThrownBy(() -> installer.install(new FileSystemResource(zip), dir.resolve("dist"), 0))
                .isInstanceOf(ManagedNodeException.class)
                .hasMessageContaining("points outside");
        assertThat(dir.resolve("evil")).doesNotExist();
    }

    @Test
    void explainsMissingDistribution() {
        assertThatThrownBy(() -> installer.install(new FileSystemResource(dir.resolve("none.zip")), dir, 0))
                .isInstanceOf(ManagedNodeException.class)
                .hasMessageContaining("./mvnw")
                .hasMessageContaining("kotmai.elasticsearch.uris");
    }

    private Path zip(String... entries) throws IOException {
        Path zip = dir.resolve("es.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zipOut.putNextEntry(new ZipEntry(entry));
                zipOut.write(("content of " + entry).getBytes());
                zipOut.closeEntry();
            }
        }
        return zip;
    }
}
