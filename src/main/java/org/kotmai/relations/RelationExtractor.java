package org.kotmai.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kotmai.catalog.LawDocument;
import org.kotmai.catalog.ProvisionDocument;
import org.kotmai.statute.AmendingAct;
import org.kotmai.statute.EnablingClause;
import org.kotmai.statute.Footnote;
import org.kotmai.thai.ThaiLegalReferences;
import org.kotmai.thai.ThaiLegalReferences.Reference;

/**
 * Reads the relations a law states about itself and others: citations in its provisions, the enabling clause,
 * the amendment history, its title as an amending act, and repeals. Targets in other laws are left unresolved
 * (see {@link LawTitles}); the same fact stated twice in one provision is kept once.
 */
final class RelationExtractor {

    private static final int MAX_EVIDENCE = 300;

    private RelationExtractor() {
    }

    static List<Relation> extract(LawDocument law, List<ProvisionDocument> provisions) {
        Map<String, Relation> out = new LinkedHashMap<>();
        Map<Integer, Footnote> footnotes = new HashMap<>();
        if (law.footnotes() != null) {
            law.footnotes().forEach(f -> footnotes.put(f.number(), f));
        }
        titleAmends(law, out);
        issuedUnder(law, out);
        amendingActs(law, footnotes, out);
        for (ProvisionDocument p : provisions) {
            for (Reference ref : ThaiLegalReferences.find(p.text())) {
                cited(law, p, ref, out);
            }
            if (p.history() != null) {
                for (Footnote f : p.history()) {
                    if (f.byAct() != null) {
                        add(out, draft(law, RelationKind.AMENDED_BY, p.number(),
                                ThaiLegalReferences.withoutYear(f.byAct()), ThaiLegalReferences.titleYear(f.byAct()),
                                null, null, null, gazetteDate(f), f.text()));
                    }
                }
            }
        }
        List<Relation> numbered = new ArrayList<>(out.size());
        for (Relation r : out.values()) {
            numbered.add(r.numbered(law.id() + "#" + (numbered.size() + 1)));
        }
        return numbered;
    }

    private static void cited(LawDocument law, ProvisionDocument p, Reference ref, Map<String, Relation> out) {
        RelationKind kind = switch (ref.effect()) {
            case REPEALS -> RelationKind.REPEALS;
            case AMENDS -> RelationKind.AMENDS;
            case CITES -> RelationKind.CITES;
        };
        LocalDate date = kind == RelationKind.CITES ? null : law.effectiveDate();
        boolean self = ref.external() && names(law, ref);
        if (self && ref.provisions().isEmpty()) {
            // "พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติ… พ.ศ. …": the law naming itself.
            return;
        }
        if (!ref.external() || self) {
            List<String> targets = ref.provisions().isEmpty() ? List.of(p.number()) : ref.provisions();
            for (String target : targets) {
                add(out, new Relation(null, RelationKind.CITES, law.id(), law.title(), p.number(), law.contentHash(),
                        law.id(), target, ref.paragraph(), ref.item(), law.title(), law.yearBe(), null, true, null,
                        ref.evidence()));
            }
            return;
        }
        if (ref.provisions().isEmpty()) {
            add(out, draft(law, kind, p.number(), ref.law(), ref.lawYearBe(), null, ref.paragraph(), ref.item(),
                    date, ref.evidence()));
        }
        for (String target : ref.provisions()) {
            add(out, draft(law, kind, p.number(), ref.law(), ref.lawYearBe(), target, ref.paragraph(), ref.item(),
                    date, ref.evidence()));
        }
    }

    /** Whether a reference names the law containing it by its own title. */
    private static boolean names(LawDocument law, Reference ref) {
        return law.title() != null && ThaiLegalReferences.titleKey(law.title()).equals(ThaiLegalReferences.titleKey(
                ref.law())) && (ref.lawYearBe() == null || ref.lawYearBe().equals(
                ThaiLegalReferences.titleYear(law.title())));
    }

    private static void issuedUnder(LawDocument law, Map<String, Relation> out) {
        EnablingClause clause = law.enablingClause();
        if (clause == null || clause.parentTitle() == null || clause.parentTitle().isBlank()) {
            return;
        }
        Integer year = clause.parentYearBe() != null ? clause.parentYearBe()
                : ThaiLegalReferences.titleYear(clause.parentTitle());
        String title = ThaiLegalReferences.withoutYear(clause.parentTitle());
        List<String> provisions = clause.provisions() == null || clause.provisions().isEmpty()
                ? Collections.singletonList(null) : clause.provisions();
        for (String provision : provisions) {
            add(out, draft(law, RelationKind.ISSUED_UNDER, null, title, year, provision, null, null,
                    law.effectiveDate(), clause.text()));
        }
    }

    private static void amendingActs(LawDocument law, Map<Integer, Footnote> footnotes, Map<String, Relation> out) {
        if (law.amendingActs() == null) {
            return;
        }
        for (AmendingAct act : law.amendingActs()) {
            if (act.title() == null || act.title().isBlank()) {
                continue;
            }
            Footnote note = act.footnote() == null ? null : footnotes.get(act.footnote());
            Integer year = act.yearBe() != null ? act.yearBe() : ThaiLegalReferences.titleYear(act.title());
            add(out, draft(law, RelationKind.AMENDED_BY, null, ThaiLegalReferences.withoutYear(act.title()), year,
                    null, null, null,
                    gazetteDate(note), act.title()));
        }
    }

    /** An amending act catalogued in its own right names what it amends in its title. */
    private static void titleAmends(LawDocument law, Map<String, Relation> out) {
        String amended = ThaiLegalReferences.amendedByTitle(law.title());
        if (amended != null) {
            add(out, draft(law, RelationKind.AMENDS, null, amended, null, null, null, null, law.effectiveDate(),
                    law.title()));
        }
    }

    private static Relation draft(LawDocument law, RelationKind kind, String sourceProvision, String targetTitle,
            Integer targetYear, String targetProvision, Integer paragraph, String item, LocalDate date,
            String evidence) {
        String title = ThaiLegalReferences.normalise(targetTitle);
        return new Relation(null, kind, law.id(), law.title(), sourceProvision, law.contentHash(), null,
                targetProvision, paragraph, item, title, targetYear, ThaiLegalReferences.titleKey(title), false,
                date, shorten(evidence));
    }

    private static void add(Map<String, Relation> out, Relation r) {
        String key = r.kind() + "|" + r.sourceProvision() + "|" + (r.targetLawId() != null ? r.targetLawId()
                : r.targetKey() + "@" + r.targetYearBe()) + "|" + r.targetProvision() + "|" + r.targetParagraph()
                + "|" + r.targetItem();
        out.putIfAbsent(key, r);
    }

    private static LocalDate gazetteDate(Footnote f) {
        return f == null || f.gazette() == null ? null : f.gazette().date();
    }

    private static String shorten(String evidence) {
        if (evidence == null) {
            return null;
        }
        String e = ThaiLegalReferences.normalise(evidence);
        return e.length() <= MAX_EVIDENCE ? e : e.substring(0, MAX_EVIDENCE) + "…";
    }
}
