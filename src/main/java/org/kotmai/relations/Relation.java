package org.kotmai.relations;

import java.time.LocalDate;

/**
 * One relation as stored in the {@code relations} index.
 *
 * @param id              {@code <sourceLawId>#<n>}, n counting the law's relations in text order
 * @param sourceProvision canonical number of the provision whose text states the relation, or null when the
 *                        law as a whole does (enabling clause, amendment history, title)
 * @param sourceVersion   content hash of the source law version the relation was read from
 * @param targetLawId     catalog id of the target, or null while the target is not catalogued
 * @param targetProvision canonical provision number of the target, or null for the whole law
 * @param targetParagraph the target's วรรค (1 for the first), or null
 * @param targetItem      the target's item ("2" for (๒)), or null
 * @param targetTitle     the target law as cited (without year), or the source's own title for internal citations
 * @param targetYearBe    the target's year as cited, or null
 * @param targetKey       the cited title as compared with catalog titles (see ThaiLegalReferences.titleKey)
 * @param date            when the relation took effect, where the text says (gazette date of an amendment)
 * @param evidence        the words stating the relation
 */
public record Relation(
        String id,
        RelationKind kind,
        String sourceLawId,
        String sourceTitle,
        String sourceProvision,
        String sourceVersion,
        String targetLawId,
        String targetProvision,
        Integer targetParagraph,
        String targetItem,
        String targetTitle,
        Integer targetYearBe,
        String targetKey,
        boolean resolved,
        LocalDate date,
        String evidence) {

    /** Whether source and target are the same law. */
    public boolean internal() {
        return sourceLawId.equals(targetLawId);
    }

    Relation resolvedTo(String lawId) {
        return new Relation(id, kind, sourceLawId, sourceTitle, sourceProvision, sourceVersion, lawId,
                targetProvision, targetParagraph, targetItem, targetTitle, targetYearBe, targetKey, lawId != null,
                date, evidence);
    }

    Relation numbered(String newId) {
        return new Relation(newId, kind, sourceLawId, sourceTitle, sourceProvision, sourceVersion, targetLawId,
                targetProvision, targetParagraph, targetItem, targetTitle, targetYearBe, targetKey, resolved, date,
                evidence);
    }
}
