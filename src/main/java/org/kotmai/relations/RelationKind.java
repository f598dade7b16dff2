package org.kotmai.relations;

/**
 * How a catalogued law (the source) relates to another law or provision (the target). Each fact is stored once,
 * from the law whose text states it; the inverse name is how the target sees it.
 */
public enum RelationKind {
    /** The source's provision refers to the target (a provision of the same or another law, or a whole law). */
    CITES("cites", "citedBy"),
    /** The source is delegated legislation issued under the target's enabling provisions. */
    ISSUED_UNDER("issuedUnder", "delegates"),
    /** The source changes the wording of the target (its title says so, or its text replaces the target's). */
    AMENDS("amends", "amendedBy"),
    /** The source's amendment history names the target as an amending instrument. */
    AMENDED_BY("amendedBy", "amends"),
    /** The source's text repeals the target. */
    REPEALS("repeals", "repealedBy");

    private final String outgoing;
    private final String incoming;

    RelationKind(String outgoing, String incoming) {
        this.outgoing = outgoing;
        this.incoming = incoming;
    }

    /** The group name seen from the source. */
    public String outgoing() {
        return outgoing;
    }

    /** The group name seen from the target. */
    public String incoming() {
        return incoming;
    }
}
