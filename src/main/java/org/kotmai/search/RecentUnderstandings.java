package org.kotmai.search;

import org.springframework.stereotype.Component;

/**
 * The readings of the queries searched most recently, so that a repeated query is not segmented and matched
 * against every law name again: that reading was the largest cost of a search in the application. A reading
 * depends only on the query, the table of law names and the dictionary; a new table (the catalog changed, or
 * the dictionary was replaced, which rebuilds the table) empties the cache. Long pasted texts are not kept.
 */
@Component
class RecentUnderstandings {

    /** Queries kept; at most {@value QueryUnderstanding#SHORT_QUERY} characters each, so a few MiB with their readings. */
    static final int CAPACITY = 2048;

    private final QueryUnderstanding understanding;
    private final LawDirectory directory;
    private final RecentPerLawTable<String, Understanding> recent = new RecentPerLawTable<>(CAPACITY);

    RecentUnderstandings(QueryUnderstanding understanding, LawDirectory directory) {
        this.understanding = understanding;
        this.directory = directory;
    }

    Understanding understand(String query) {
        if (query.length() > QueryUnderstanding.SHORT_QUERY) {
            return understanding.understand(query);
        }
        return recent.get(query, directory.names(), understanding::understand);
    }
}
