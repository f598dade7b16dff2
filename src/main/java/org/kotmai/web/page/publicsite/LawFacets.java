package org.kotmai.web.page.publicsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.kotmai.catalog.CatalogIndices;
import org.kotmai.catalog.LawDocument;
import org.springframework.stereotype.Component;

/** How many laws the catalog holds of each type, subject group and year, for the browse page's lists. */
@Component
class LawFacets {

    private static final int MAX_VALUES = 500;

    private final ElasticsearchClient client;
    private final CatalogIndices indices;

    LawFacets(ElasticsearchClient client, CatalogIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    /** A value and the number of laws having it. */
    record Count(String value, long laws) {
    }

    /** Years newest first; types and subject groups by how many laws they hold. */
    record Counts(List<Count> types, List<Count> subjectGroups, List<Count> years) {
    }

    Counts counts() {
        try {
            SearchResponse<LawDocument> response = client.search(s -> s.index(indices.laws()).size(0)
                    .aggregations("type", a -> a.terms(t -> t.field("type").size(MAX_VALUES)))
                    .aggregations("subjectGroups", a -> a.terms(t -> t.field("subjectGroups").size(MAX_VALUES)))
                    .aggregations("yearBe", a -> a.terms(t -> t.field("yearBe").size(MAX_VALUES))),
                    LawDocument.class);
            List<Count> years = new ArrayList<>(counts(response.aggregations().get("yearBe")));
            years.sort(Comparator.comparing((Count c) -> Integer.parseInt(c.value())).reversed());
            return new Counts(counts(response.aggregations().get("type")),
                    counts(response.aggregations().get("subjectGroups")), List.copyOf(years));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch request failed: " + e.getMessage(), e);
        }
    }

    private static List<Count> counts(Aggregate aggregate) {
        List<Count> out = new ArrayList<>();
        if (aggregate != null && aggregate.isSterms()) {
            aggregate.sterms().buckets().array().forEach(b -> out.add(new Count(b.key().stringValue(), b.docCount())));
        } else if (aggregate != null && aggregate.isLterms()) {
            aggregate.lterms().buckets().array().forEach(b -> out.add(new Count(String.valueOf(b.key()),
                    b.docCount())));
        }
        return List.copyOf(out);
    }
}
