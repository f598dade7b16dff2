package org.kotmai.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of document ingest ({@code kotmai.ingest.*}).
 *
 * @param lawsDir    the folder watched for law files; new files are catalogued, changed ones
 *                   re-ingested, deleted ones removed from the catalog
 * @param watch      whether to watch {@code lawsDir} at all
 * @param workers    threads that extract and parse during an import; 0 means one per CPU core
 * @param reportsDir where each import writes its ingest report as JSON
 * @param uploadsDir where uploaded files are kept, so that the catalogued text can be traced to its file
 */
@ConfigurationProperties("kotmai.ingest")
public record IngestProperties(
        @DefaultValue("./laws") Path lawsDir,
        @DefaultValue("true") boolean watch,
        @DefaultValue("0") int workers,
        @DefaultValue("./data/reports") Path reportsDir,
        @DefaultValue("./data/uploads") Path uploadsDir) {

    int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }
}
