package org.kotmai.statute;

import java.util.List;

/**
 * The อาศัยอำนาจตามความใน… clause: the parent instrument and the provisions that empower this one.
 *
 * @param text        the clause as printed
 * @param provisions  canonical numbers of the empowering provisions
 * @param parentTitle title of the parent instrument as cited (e.g. "พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒")
 * @param parentYearBe BE year of the parent, or null
 */
public record EnablingClause(String text, List<String> provisions, String parentTitle, Integer parentYearBe) {
}
