package org.kotmai.elasticsearch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kotmai.KotmaiApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole application started by a test in external mode, without a web server or the laws folder watcher. */
final class ExternalApplication {

    private ExternalApplication() {
    }

    /**
     * @param dataDir  where its data, ingest reports and uploads go
     * @param settings {@code --name=value} arguments, such as {@code kotmai.elasticsearch.uris}
     */
    static ConfigurableApplicationContext start(Path dataDir, String... settings) {
        // As command-line arguments, which take precedence over application.yml and the shared node's system
        // properties.
        List<String> arguments = new ArrayList<>(List.of(settings));
        arguments.addAll(List.of("--kotmai.data-dir=" + dataDir,
                "--kotmai.ingest.watch=false",
                "--kotmai.ingest.reports-dir=" + dataDir.resolve("reports"),
                "--kotmai.ingest.uploads-dir=" + dataDir.resolve("uploads")));
        return new SpringApplicationBuilder(KotmaiApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }
}
