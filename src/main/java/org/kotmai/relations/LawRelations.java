package org.kotmai.relations;

import java.util.List;

/**
 * Everything a law relates to and everything related to it, grouped by kind and direction.
 *
 * @param total all relations counted in the groups
 */
public record LawRelations(String lawId, String title, long total, List<RelationGroup> groups) {

    static final int MAX_LISTED = 1000;
}
