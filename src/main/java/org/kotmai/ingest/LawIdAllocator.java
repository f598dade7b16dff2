package org.kotmai.ingest;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawIds;

/**
 * Hands out law ids for one ingest run. Two different sources whose laws derive the same id (the same
 * title catalogued twice from different files) must not overwrite each other: the later one gets its
 * source id appended. Claims made within the run are remembered so that two threads cannot both take
 * an id that is not yet in the index. Which of two such sources keeps the plain id depends on the order of
 * the calls, so an import makes them in file order ({@link OrderedIngest}).
 */
final class LawIdAllocator {

    private final Function<String, Optional<String>> catalogOwner;
    private final ConcurrentMap<String, String> claims = new ConcurrentHashMap<>();

    private LawIdAllocator(Function<String, Optional<String>> catalogOwner) {
        this.catalogOwner = catalogOwner;
    }

    /** Asks the catalog about every id, for single files. */
    static LawIdAllocator lookingUp(CatalogRepository catalog) {
        return new LawIdAllocator(catalog::sourceKeyOf);
    }

    /** Knows the whole catalog up front, for imports: no request per file. */
    static LawIdAllocator knowing(Collection<CatalogRepository.CatalogEntry> entries) {
        ConcurrentMap<String, String> owners = new ConcurrentHashMap<>();
        entries.forEach(e -> owners.put(e.id(), e.sourceKey()));
        return new LawIdAllocator(id -> Optional.ofNullable(owners.get(id)));
    }

    String allocate(IngestService.Read read) {
        String id = LawIds.of(read.parsed().type(), read.parsed().yearBe(), read.title());
        SourceDocument source = read.source();
        if (claim(id, source.sourceKey())) {
            return id;
        }
        String qualifier = source.metadata().sourceId() != null ? source.metadata().sourceId()
                : Integer.toHexString(source.sourceKey().hashCode());
        String qualified = id + "-" + qualifier;
        claims.put(qualified, source.sourceKey());
        return qualified;
    }

    private boolean claim(String id, String sourceKey) {
        String owner = catalogOwner.apply(id).orElse(sourceKey);
        if (!owner.equals(sourceKey)) {
            return false;
        }
        String claimedBy = claims.putIfAbsent(id, sourceKey);
        return claimedBy == null || claimedBy.equals(sourceKey);
    }
}
