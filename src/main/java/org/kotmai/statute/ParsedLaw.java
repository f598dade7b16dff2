package org.kotmai.statute;

import java.util.List;

import org.kotmai.catalog.InstrumentType;

/**
 * What the statute parser recovers from one repaired legal text.
 *
 * @param type               instrument type recognised from the title block
 * @param title              the title as printed, whitespace collapsed, digits as printed
 * @param yearBe             Buddhist Era year of the instrument: from its title, else (codes) from the title of
 *                           the promulgating act, else from the date of its first Royal Gazette citation; null
 *                           when none of these is present
 * @param structure          headings (บรรพ / ภาค / ลักษณะ / หมวด / ส่วน / บทเฉพาะกาล) in document order
 * @param provisions         the instrument's own provisions (มาตรา or ข้อ), in document order
 * @param promulgatingAct    for codes: the provisions of the act that brings the code into force
 * @param amendingActs       consolidated-text appendices: amending instruments after the main body
 * @param footnotes          footnote markers resolved to their text and Royal Gazette reference
 * @param agency             minister / agency in charge (… รักษาการตามพระราชบัญญัตินี้), or null
 * @param enablingClause     the อาศัยอำนาจตามความใน… clause of a subordinate instrument, or null
 * @param countersignature   the ผู้รับสนองพระบรมราชโองการ block (name and office), or null
 * @param reasons            the statement of reasons (หมายเหตุ :- เหตุผล…) of the instrument itself, or null
 * @param courtRulings       Constitutional Court rulings printed in the text
 * @param warnings           anything the parser could not place, in words a legal officer understands
 */
public record ParsedLaw(
        InstrumentType type,
        String title,
        Integer yearBe,
        List<StructureNode> structure,
        List<Provision> provisions,
        List<Provision> promulgatingAct,
        List<AmendingAct> amendingActs,
        List<Footnote> footnotes,
        String agency,
        EnablingClause enablingClause,
        String countersignature,
        String reasons,
        List<String> courtRulings,
        List<String> warnings) {
}
