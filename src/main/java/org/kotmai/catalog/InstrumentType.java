package org.kotmai.catalog;

/**
 * Kinds of legal instrument, in order of rank. The OCS (Office of the Council of State) category
 * code is kept where one exists, because external catalogues key on it.
 */
public enum InstrumentType {
    CONSTITUTION("10", "รัฐธรรมนูญ", "constitution"),
    ORGANIC_ACT("1A", "พระราชบัญญัติประกอบรัฐธรรมนูญ", "organic-act"),
    ACT("1B", "พระราชบัญญัติ", "act"),
    EMERGENCY_DECREE("1C", "พระราชกำหนด", "emergency-decree"),
    CODE("1D", "ประมวลกฎหมาย", "code"),
    ROYAL_DECREE("2A", "พระราชกฤษฎีกา", "royal-decree"),
    MINISTERIAL_REGULATION("2B", "กฎกระทรวง", "ministerial-regulation"),
    NOTIFICATION(null, "ประกาศ", "notification"),
    REGULATION(null, "ระเบียบ", "regulation"),
    BY_LAW(null, "ข้อบังคับ", "by-law"),
    ORDER(null, "คำสั่ง", "order"),
    LOCAL_ORDINANCE(null, "ข้อบัญญัติท้องถิ่น", "local-ordinance"),
    OTHER(null, "อื่น ๆ", "other");

    private final String ocsCode;
    private final String thaiName;
    private final String slug;

    InstrumentType(String ocsCode, String thaiName, String slug) {
        this.ocsCode = ocsCode;
        this.thaiName = thaiName;
        this.slug = slug;
    }

    /** OCS category code (e.g. {@code 1B}), or null for instruments the OCS does not number. */
    public String ocsCode() {
        return ocsCode;
    }

    public String thaiName() {
        return thaiName;
    }

    /** Lower-case ASCII name used in ids and URLs. */
    public String slug() {
        return slug;
    }

    /** Subordinate instruments number their provisions ข้อ rather than มาตรา. */
    public boolean numbersByClause() {
        return ordinal() >= MINISTERIAL_REGULATION.ordinal();
    }
}
