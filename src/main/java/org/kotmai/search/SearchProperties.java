package org.kotmai.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings.
 *
 * @param lawTableTtl     how long the in-memory table of law names may go unchecked; after that the next search
 *                        reloads it if the catalog changed
 * @param maxQueryChars   longest query accepted; longer ones are refused with 400
 * @param maxQueryTerms   most distinct words sent to Elasticsearch for one query; long pasted texts are reduced to
 *                        their most telling words, so no query comes near the clause limit
 * @param maxPageSize     largest {@code size} a search may ask for
 * @param dictionaryFile  where the abbreviation and synonym dictionary edited through the admin API is kept, so
 *                        that it survives a restart; absent means the shipped dictionary is in force
 */
@ConfigurationProperties("kotmai.search")
public record SearchProperties(
        @DefaultValue("10s") Duration lawTableTtl,
        @DefaultValue("20000") int maxQueryChars,
        @DefaultValue("48") int maxQueryTerms,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("${kotmai.data-dir:./data}/thai/abbreviations.tsv") Path dictionaryFile) {
}
