package org.kotmai.relations;

import java.util.List;

/**
 * What depends on a law or one of its provisions: the list a guillotine reviewer checks before repealing it.
 *
 * @param provision      the provision asked about, or null for the whole law
 * @param dependentLaws  how many laws depend on it (the law itself counts when its other provisions cite the one
 *                       asked about)
 * @param relationCount  how many relations say so
 * @param laws           the dependent laws, most dependencies first
 */
public record Impact(String lawId, String title, String provision, int dependentLaws, long relationCount,
        List<Dependent> laws) {

    /**
     * One dependent law.
     *
     * @param kinds     how it depends: issuedUnder (delegated legislation made under it), cites
     * @param relations the relations, at most the first {@value #MAX_LISTED}
     */
    public record Dependent(String lawId, String title, List<String> kinds, int count, List<Relation> relations) {
    }

    static final int MAX_LISTED = 200;
}
