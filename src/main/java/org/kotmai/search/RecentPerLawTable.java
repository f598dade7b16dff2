package org.kotmai.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values made most recently from short queries, the least recently used making way. A value depends on the
 * table of law names it was made with (a law renamed, the dictionary replaced), so a new table empties the cache.
 *
 * @param <K> what a value is made from
 * @param <V> the value
 */
final class RecentPerLawTable<K, V> {

    private final Map<K, V> recent;
    /** The table the kept values were made with; guarded by {@code recent}. */
    private LawNames madeWith;

    RecentPerLawTable(int capacity) {
        this.recent = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The value kept for {@code key} made with {@code table}, else made now and kept. It is made outside the lock,
     * so that a slow one does not hold up other searches, and not kept when the table changed meanwhile.
     */
    V get(K key, LawNames table, Function<K, V> make) {
        synchronized (recent) {
            if (table != madeWith) {
                recent.clear();
                madeWith = table;
            }
            V known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        V made = make.apply(key);
        synchronized (recent) {
            if (table == madeWith) {
                recent.put(key, made);
            }
        }
        return made;
    }
}
