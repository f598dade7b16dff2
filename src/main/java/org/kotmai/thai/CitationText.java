package org.kotmai.thai;

/** How a provision is cited in running Thai text: "มาตรา ๗๗/๑ แห่งประมวลรัษฎากร". */
public final class CitationText {

    private CitationText() {
    }

    /**
     * @param provisionLabel the provision's label as printed, e.g. "มาตรา ๗๗/๑" or "ข้อ ๕"
     * @param lawTitle       the law's title as printed
     */
    public static String of(String provisionLabel, String lawTitle) {
        String label = provisionLabel == null ? "" : provisionLabel.strip();
        String title = lawTitle == null ? "" : lawTitle.strip();
        if (label.isEmpty()) {
            return title;
        }
        return title.isEmpty() ? label : label + " แห่ง" + title;
    }
}
