package org.kotmai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentExtractorConcurrencyTest {

    private static final int ROUNDS = 5;

    @TempDir
    Path dir;

    @Test
    void twoThreadsSharingOneExtractorGetTheSameResultsAsOne() throws Exception {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("a.pdf", SampleDocuments.pdf(dir.resolve("a.pdf")));
        files.put("a.docx", SampleDocuments.docx(dir.resolve("a.docx")));
        files.put("a.doc", SampleDocuments.doc(dir.resolve("a.doc")));
        files.put("a.odt", SampleDocuments.odt(dir.resolve("a.odt")));
        files.put("a.rtf", SampleDocuments.rtfUnicode(dir.resolve("a.rtf")));
        files.put("a.html", SampleDocuments.html(dir.resolve("a.html"), CharsetSniffer.TIS_620, null));
        files.put("a.txt", SampleDocuments.text(dir.resolve("a.txt"), StandardCharsets.UTF_16LE));

        try (DocumentExtractor extractor = new DocumentExtractor(IngestLimits.defaults())) {
            Map<String, ExtractedDocument> sequential = new LinkedHashMap<>();
            files.forEach((name, path) -> sequential.put(name, extractor.extract(name, path)));

            ExecutorService threads = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<Map<String, ExtractedDocument>>> runs = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    runs.add(threads.submit(() -> {
                        start.await();
                        Map<String, ExtractedDocument> results = new LinkedHashMap<>();
                        for (int round = 0; round < ROUNDS; round++) {
                            files.forEach((name, path) -> results.put(name + "#" + results.size(),
                                    extractor.extract(name, path)));
                        }
                        return results;
                    }));
                }
                start.countDown();
                for (Future<Map<String, ExtractedDocument>> run : runs) {
                    run.get().forEach((key, doc) ->
                            assertThat(doc).as(key).isEqualTo(sequential.get(key.substring(0, key.indexOf('#')))));
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }
}
