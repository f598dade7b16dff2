package org.kotmai.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.LawStatus;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/** The watched laws/ folder drives the catalog: add, change, sidecar, delete. */
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-watch",
        "kotmai.ingest.watch=true", "kotmai.ingest.laws-dir=target/it-laws-watch"})
class LawsFolderWatcherIntegrationTest {

    private static final Path LAWS = Path.of("target/it-laws-watch");
    private static final String KEY = "laws:acts/sample-act.txt";

    @Autowired
    CatalogRepository catalog;

    @BeforeAll
    static void emptyFolder() throws IOException {
        FileSystemUtils.deleteRecursively(LAWS);
        Files.createDirectories(LAWS.resolve("acts"));
    }

    @Test
    void newChangedAnnotatedAndDeletedFilesAreReflectedInTheCatalog() throws Exception {
        Path file = LAWS.resolve("acts/sample-act.txt");
        String text = Files.readString(Path.of("src/test/resources/ingest/sample-act.txt"));
        Files.writeString(file, text);
        LawDocument first = await(law -> true);
        assertThat(first.provisionCount()).isEqualTo(9);

        Files.writeString(file, text.replace("ผู้รับสนองพระบรมราชโองการ",
                "มาตรา ๘  ให้นายทะเบียนเผยแพร่ทะเบียนต่อสาธารณะ\n\n\nผู้รับสนองพระบรมราชโองการ"));
        LawDocument changed = await(law -> !law.contentHash().equals(first.contentHash()));
        assertThat(changed.id()).isEqualTo(first.id());
        assertThat(changed.provisionCount()).isGreaterThan(first.provisionCount());

        Files.writeString(LAWS.resolve("acts/sample-act.txt.meta.yaml"), "status: REPEALED\n");
        await(law -> law.status() == LawStatus.REPEALED);

        Files.delete(file);
        awaitGone();
        assertThat(catalog.findProvision(first.id(), "1")).isEmpty();
    }

    private LawDocument await(Predicate<LawDocument> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<LawDocument> law = catalog.findEntry(KEY).flatMap(e -> catalog.findLaw(e.id()));
            if (law.isPresent() && condition.test(law.get())) {
                return law.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the watcher did not catalogue the expected change of " + KEY + " within 60 s");
    }

    private void awaitGone() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (catalog.findEntry(KEY).isPresent()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the law of a deleted file was not removed within 60 s");
            }
            Thread.sleep(250);
        }
    }
}
