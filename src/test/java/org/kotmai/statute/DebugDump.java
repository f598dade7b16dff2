package org.kotmai.statute;

import org.junit.jupiter.api.Test;

class DebugDump {
    @Test
    void dump() {
        String id = System.getProperty("sysid", "567410");
        String from = System.getProperty("from", "690");
        ParsedLaw law = new StatuteParser().parse(KrisdikaCorpus.repaired(KrisdikaCorpus.LAWS.resolve(id + ".txt")),
                new ParseHints(KrisdikaCorpus.titles().get(id), null));
        System.out.println("TITLE " + law.title() + " type=" + law.type() + " year=" + law.yearBe() + " n=" + law.provisions().size()
                + " prom=" + law.promulgatingAct().size() + " amend=" + law.amendingActs().size());
        boolean on = false;
        int shown = 0;
        for (Provision p : law.provisions()) {
            if (p.number().equals(from)) on = true;
            if (on && shown++ < 6) System.out.println("[" + p.number() + "] " + p.path() + " " + p.paragraphs());
        }
        law.warnings().forEach(w -> System.out.println("WARN " + w));
    }
}
