package org.kotmai.relations;

import java.util.List;

/**
 * The relations of one kind seen from one law.
 *
 * @param name      the kind as this law sees it: cites, citedBy, issuedUnder, delegates, amends, amendedBy, repeals,
 *                  repealedBy
 * @param direction OUTGOING when this law's text states them, INCOMING when other laws' texts do
 * @param count     how many there are; {@code relations} lists at most the first {@value LawRelations#MAX_LISTED}
 */
public record RelationGroup(String name, String direction, long count, List<Relation> relations) {
}
