package org.kotmai.statute;

import java.util.List;

/** Renders a {@link ParsedLaw} as stable plain text so golden files can be read and diffed by people. */
final class ParsedLawRenderer {

    private ParsedLawRenderer() {
    }

    static String render(ParsedLaw law) {
        StringBuilder sb = new StringBuilder();
        sb.append("type: ").append(law.type()).append('\n');
        sb.append("title: ").append(law.title()).append('\n');
        sb.append("yearBe: ").append(law.yearBe()).append('\n');
        sb.append("agency: ").append(law.agency()).append('\n');
        sb.append("countersignature: ").append(law.countersignature()).append('\n');
        sb.append("reasons: ").append(oneLine(law.reasons())).append('\n');
        sb.append("enablingClause: ").append(law.enablingClause()).append('\n');
        sb.append("courtRulings: ").append(law.courtRulings()).append('\n');
        sb.append("structure:\n");
        law.structure().forEach(n -> sb.append("  ").append(n.kind()).append(' ').append(n.number()).append(" \"")
                .append(n.heading()).append("\" depth=").append(n.depth()).append(' ').append(n.path()).append('\n'));
        sb.append("provisions:\n");
        provisions(sb, law.provisions(), "  ");
        sb.append("promulgatingAct:\n");
        provisions(sb, law.promulgatingAct(), "  ");
        sb.append("amendingActs:\n");
        for (AmendingAct act : law.amendingActs()) {
            sb.append("  \"").append(act.title()).append("\" year=").append(act.yearBe()).append(" footnote=")
                    .append(act.footnote()).append(" reasons=").append(oneLine(act.reasons())).append('\n');
            provisions(sb, act.provisions(), "    ");
        }
        sb.append("footnotes:\n");
        law.footnotes().forEach(f -> sb.append("  [").append(f.number()).append("] action=").append(f.action())
                .append(" byAct=").append(f.byAct()).append(" gazette=").append(f.gazette()).append('\n'));
        sb.append("warnings:\n");
        law.warnings().forEach(w -> sb.append("  ").append(w).append('\n'));
        return sb.toString();
    }

    private static void provisions(StringBuilder sb, List<Provision> provisions, String indent) {
        for (Provision p : provisions) {
            sb.append(indent).append(p.kind()).append(" <").append(p.number()).append("> \"").append(p.label())
                    .append("\" path=").append(p.path()).append(" repealed=").append(p.repealed()).append(" footnotes=")
                    .append(p.footnotes()).append('\n');
            for (String paragraph : p.paragraphs()) {
                sb.append(indent).append("  | ").append(paragraph.replace("\n", "\n" + indent + "  + ")).append('\n');
            }
        }
    }

    private static String oneLine(String s) {
        return s == null ? null : s.replace("\n", " / ");
    }
}
