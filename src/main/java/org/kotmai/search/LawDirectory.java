package org.kotmai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.kotmai.catalog.CatalogIndices;
import org.kotmai.thai.ThaiAbbreviations;
import org.kotmai.thai.ThaiAnalyzer;
import org.springframework.stereotype.Component;

/**
 * The table of law names ({@link LawNames}) built from the catalog and the abbreviation dictionary, kept in
 * memory so that resolving a law name costs no Elasticsearch request. It is reloaded when it is older than
 * {@link SearchProperties#lawTableTtl()} and the catalog's laws changed, or when {@link #invalidate()} is called
 * (after the dictionary is replaced, or by an evaluation that must see a fresh import).
 */
@Component
class LawDirectory {

    private static final List<String> FIELDS = List.of("id", "sourceId", "title", "type", "status", "yearBe",
            "subjectGroups", "agencies", "provisionCount");
    private static final int PAGE = 1000;

    private record Snapshot(LawNames names, String catalogVersion, Instant checkedAt) {
    }

    private final ElasticsearchClient client;
    private final CatalogIndices indices;
    private final ThaiAnalyzer analyzer;
    private final ThaiAbbreviations abbreviations;
    private final SearchProperties properties;
    private final Clock clock;
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile Snapshot snapshot;

    LawDirectory(ElasticsearchClient client, CatalogIndices indices, ThaiAnalyzer analyzer,
            ThaiAbbreviations abbreviations, SearchProperties properties) {
        this.client = client;
        this.indices = indices;
        this.analyzer = analyzer;
        this.abbreviations = abbreviations;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** The current table; the first caller after expiry checks the catalog while others keep the old table. */
    LawNames names() {
        Snapshot current = snapshot;
        if (current == null) {
            reloading.lock();
            try {
                if (snapshot == null) {
                    snapshot = load(catalogVersion());
                }
                return snapshot.names();
            } finally {
                reloading.unlock();
            }
        }
        if (current.checkedAt().plus(properties.lawTableTtl()).isBefore(clock.instant()) && reloading.tryLock()) {
            try {
                String version = catalogVersion();
                snapshot = version.equals(current.catalogVersion())
                        ? new Snapshot(current.names(), version, clock.instant()) : load(version);
            } finally {
                reloading.unlock();
            }
        }
        return snapshot.names();
    }

    /** Forgets the table: the next search rebuilds it from the catalog and the dictionary in force. */
    void invalidate() {
        snapshot = null;
    }

    /** Count and latest ingest time of the laws: changes whenever a law is added, replaced or removed. */
    private String catalogVersion() {
        try {
            var response = client.search(s -> s.index(indices.laws()).size(0).trackTotalHits(t -> t.enabled(true))
                    .aggregations("latest", a -> a.max(m -> m.field("ingestedAt"))), Void.class);
            double latest = response.aggregations().get("latest").max().value();
            return response.hits().total().value() + "@" + latest;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch request failed while checking the law table: "
                    + e.getMessage(), e);
        }
    }

    private Snapshot load(String version) {
        List<LawEntry> laws = new ArrayList<>();
        try {
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> searchAfter = after;
                SearchResponse<LawEntry> page = client.search(s -> {
                    s.index(indices.laws()).size(PAGE).source(src -> src.filter(f -> f.includes(FIELDS)))
                            .sort(o -> o.field(f -> f.field("id")));
                    if (searchAfter != null) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, LawEntry.class);
                List<Hit<LawEntry>> hits = page.hits().hits();
                // a draft's name must not be suggested or resolved for the public
                hits.stream().map(Hit::source).filter(l -> l.status() == null || l.status().isPublic())
                        .forEach(laws::add);
                if (hits.size() < PAGE) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch request failed while loading the law table: "
                    + e.getMessage(), e);
        }
        return new Snapshot(LawNames.build(laws, abbreviations.entries(), analyzer), version, clock.instant());
    }
}
