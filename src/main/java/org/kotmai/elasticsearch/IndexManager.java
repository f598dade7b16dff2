package org.kotmai.elasticsearch;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/**
 * Owns the application's indices. Each logical index {@code name} is read and written through the alias
 * {@code <prefix>-<name>}, which points at the concrete index {@code <prefix>-<name>-v<version>}. When a definition's
 * version goes up, a new concrete index is created, the documents are copied over and the alias is switched in one
 * atomic step, so readers never see a half-filled index.
 *
 * <p>Migration runs at application start, before anything writes; writes made to the old index while copying
 * would not be carried over. The {@link DocumentRebuilder} of an index, if there is one, completes each document as
 * it is copied.
 */
public class IndexManager {

    /**
     * Lifecycle phase in which indices are ensured at start. Components that read or write indices while the
     * application starts belong in a later phase.
     */
    public static final int PHASE = ManagedNodeLifecycle.PHASE + 100;

    private static final Logger log = LoggerFactory.getLogger(IndexManager.class);

    private final ElasticsearchClient client;
    private final String prefix;
    private final Map<String, IndexDefinition> definitions;
    private final DocumentCopier copier;
    private final Supplier<? extends Collection<DocumentRebuilder>> rebuilders;

    IndexManager(ElasticsearchClient client, String prefix, Collection<IndexDefinition> definitions) {
        this(client, prefix, definitions, List::of);
    }

    /**
     * @param rebuilders asked for the rebuilders only when an index is migrated, so that they may be beans that
     *                   depend (through the Thai analysis, say) on beans that depend on this manager
     */
    IndexManager(ElasticsearchClient client, String prefix, Collection<IndexDefinition> definitions,
            Supplier<? extends Collection<DocumentRebuilder>> rebuilders) {
        this.client = client;
        this.prefix = prefix;
        Map<String, IndexDefinition> byName = new LinkedHashMap<>();
        for (IndexDefinition definition : definitions) {
            IndexDefinition clash = byName.put(definition.name(), definition);
            if (clash != null) {
                throw new IndexSetupException("Index '" + definition.name() + "' is defined twice: " + clash.source()
                        + " and " + definition.source() + ". Keep one.");
            }
        }
        this.definitions = Map.copyOf(byName);
        this.copier = new DocumentCopier(client);
        this.rebuilders = rebuilders;
    }

    /** The alias to read and write logical index {@code name} through, e.g. {@code alias("laws")}. */
    public String alias(String name) {
        if (!definitions.containsKey(name)) {
            throw new IllegalArgumentException("No index definition '" + name + "'; known: " + definitions.keySet()
                    + ". Add src/main/resources/elasticsearch/indices/" + name + ".json.");
        }
        return prefix + "-" + name;
    }

    /** Logical names of all defined indices. */
    public Set<String> names() {
        return definitions.keySet();
    }

    /** Creates missing indices and migrates outdated ones; safe to call repeatedly. */
    public void ensureIndices() {
        definitions.values().forEach(this::ensure);
    }

    /**
     * Stops the periodic refresh of a logical index while a bulk load writes to it, so that Elasticsearch
     * does not build and merge a small segment every second; closing the handle restores the refresh interval
     * the definition declares and refreshes once. Writers that need their documents visible at once refresh
     * explicitly, as the catalog does, so they keep working meanwhile. An index whose definition declares no
     * refresh interval is left alone: the client cannot reset a setting to its default, and the default already
     * skips refreshes while nobody searches.
     */
    public BulkLoad bulkLoad(String name) {
        String alias = alias(name);
        IndexDefinition definition = definitions.get(name);
        if (definition.refreshInterval() == null) {
            return () -> { };
        }
        try {
            client.indices().putSettings(p -> p.index(alias).settings(s -> s.refreshInterval(t -> t.time("-1"))));
        } catch (IOException | ElasticsearchException e) {
            throw new IndexSetupException("Could not pause the refresh of " + alias + ": " + e.getMessage(), e);
        }
        return () -> {
            try {
                restoreRefresh(definition, alias);
                client.indices().refresh(r -> r.index(alias));
            } catch (IOException | ElasticsearchException e) {
                throw new IndexSetupException("Could not restore the refresh of " + alias + " after a bulk load: "
                        + e.getMessage() + "; it is restored at the next start.", e);
            }
        };
    }

    /** Handle of {@link #bulkLoad}; closing it makes the index refresh again. */
    public interface BulkLoad extends AutoCloseable {
        @Override
        void close();
    }

    private void restoreRefresh(IndexDefinition definition, String alias) throws IOException {
        client.indices().putSettings(p -> p.index(alias)
                .settings(s -> s.refreshInterval(t -> t.time(definition.refreshInterval()))));
    }

    /** A bulk load cut short by a crash leaves its index without refresh; this puts the declared one back. */
    private void repairPausedRefresh(IndexDefinition definition, String alias) throws IOException {
        var settings = client.indices().getSettings(g -> g.index(alias).name("index.refresh_interval"));
        boolean paused = settings.result().values().stream()
                .map(state -> state.settings() == null ? null : state.settings().index() != null
                        ? state.settings().index().refreshInterval() : state.settings().refreshInterval())
                .anyMatch(t -> t != null && "-1".equals(t.time()));
        if (paused && definition.refreshInterval() != null && !"-1".equals(definition.refreshInterval())) {
            log.warn("{} was left without refresh by an interrupted bulk load; restoring it", alias);
            restoreRefresh(definition, alias);
        }
    }

    String concreteName(IndexDefinition definition) {
        return prefix + "-" + definition.name() + "-v" + definition.version();
    }

    private void ensure(IndexDefinition definition) {
        String alias = alias(definition.name());
        try {
            Set<String> current = aliasedIndices(alias);
            if (current.isEmpty()) {
                create(definition, alias);
            } else if (current.size() > 1) {
                throw new IndexSetupException("Alias " + alias + " points at several indices " + current
                        + "; point it at one of them with the _aliases API and restart.");
            } else {
                String index = current.iterator().next();
                int version = versionOf(index, alias);
                if (version < definition.version()) {
                    migrate(definition, alias, index);
                } else if (version > definition.version()) {
                    throw new IndexSetupException("Alias " + alias + " points at " + index + ", newer than the"
                            + " definition version " + definition.version() + " in " + definition.source()
                            + ". Run the newer application build, or restore the older index.");
                } else {
                    repairPausedRefresh(definition, alias);
                }
            }
        } catch (IOException | ElasticsearchException e) {
            throw new IndexSetupException(ClusterRefusal.explain(e, prefix + "-*").orElse("Could not set up index "
                    + alias + " from " + definition.source() + ": " + e.getMessage()), e);
        }
    }

    private Set<String> aliasedIndices(String alias) throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            return client.indices().getAlias(a -> a.name(alias)).result().keySet();
        }
        if (client.indices().exists(e -> e.index(alias)).value()) {
            throw new IndexSetupException("A concrete index named " + alias + " exists where Kotmai needs an alias."
                    + " Reindex its documents elsewhere and delete it, or choose another"
                    + " kotmai.elasticsearch.index-prefix.");
        }
        return Set.of();
    }

    private int versionOf(String index, String alias) {
        Matcher m = Pattern.compile(Pattern.quote(alias) + "-v(\\d+)").matcher(index);
        if (!m.matches()) {
            throw new IndexSetupException("Alias " + alias + " points at " + index + ", which is not named "
                    + alias + "-v<version>; it was not created by Kotmai. Move the alias or change the prefix.");
        }
        return Integer.parseInt(m.group(1));
    }

    private void create(IndexDefinition definition, String alias) throws IOException {
        String index = concreteName(definition);
        if (client.indices().exists(e -> e.index(index)).value()) {
            // Left by a start that died between creating the index and aliasing it.
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias)
                    .isWriteIndex(true))));
            log.info("Attached alias {} to existing index {}", alias, index);
            return;
        }
        client.indices().create(c -> c.withJson(definition.bodyStream()).index(index)
                .aliases(alias, a -> a.isWriteIndex(true)));
        log.info("Created index {} behind alias {}", index, alias);
    }

    private void migrate(IndexDefinition definition, String alias, String oldIndex) throws IOException {
        String newIndex = concreteName(definition);
        log.info("Migrating {} from {} to {}", alias, oldIndex, newIndex);
        if (client.indices().exists(e -> e.index(newIndex)).value()) {
            // Only an interrupted migration leaves an unaliased target behind; its content is incomplete.
            client.indices().delete(d -> d.index(newIndex));
        }
        client.indices().create(c -> c.withJson(definition.bodyStream()).index(newIndex));
        if (definition.derived()) {
            log.warn("{} holds documents the application derives from the laws: {} starts empty and is derived"
                    + " again from the catalog", alias, newIndex);
        } else {
            copyAll(alias, oldIndex, newIndex, rebuilderOf(definition));
        }
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(oldIndex).alias(alias)))
                .actions(a -> a.add(add -> add.index(newIndex).alias(alias).isWriteIndex(true))));
        client.indices().delete(d -> d.index(oldIndex));
        log.info("Alias {} now points at {}; deleted {}", alias, newIndex, oldIndex);
    }

    private DocumentRebuilder rebuilderOf(IndexDefinition definition) {
        List<DocumentRebuilder> own = rebuilders.get().stream()
                .filter(r -> r.index().equals(definition.name())).toList();
        if (own.size() > 1) {
            throw new IndexSetupException("Index '" + definition.name() + "' has several document rebuilders "
                    + own.stream().map(r -> r.getClass().getName()).toList() + "; keep one.");
        }
        return own.isEmpty() ? null : own.get(0);
    }

    private void copyAll(String alias, String oldIndex, String newIndex, DocumentRebuilder rebuilder)
            throws IOException {
        try {
            client.indices().refresh(r -> r.index(oldIndex));
            long expected = client.count(c -> c.index(oldIndex)).count();
            copier.copy(oldIndex, newIndex, rebuilder);
            client.indices().refresh(r -> r.index(newIndex));
            long copied = client.count(c -> c.index(newIndex)).count();
            if (copied != expected) {
                throw new IndexSetupException("Migrating " + alias + ": " + oldIndex + " has " + expected
                        + " documents but " + newIndex + " received " + copied + "; the alias was left on "
                        + oldIndex + ". Restart to retry.");
            }
        } catch (IOException | RuntimeException e) {
            client.indices().delete(d -> d.index(newIndex));
            throw e;
        }
    }
}
