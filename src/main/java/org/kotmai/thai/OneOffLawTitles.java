package org.kotmai.thai;

import java.util.List;
import java.util.Optional;

/**
 * Title wording of the laws the 2019 Act exempts from ex-post evaluation (s.29, from secondary sources):
 * time-limited laws such as annual budgets, budget transfers and borrowing, and one-off laws such as bringing a
 * code into force, expropriation, transfer of property, creating a court or a province, or coinage. Only the
 * title is looked at, so this recognises the usual wording; the ex-post schedule lets a published evaluation
 * that finds the law ongoing override it.
 */
public final class OneOffLawTitles {

    /**
     * @param words every one must appear in the title
     * @param not   none may appear (e.g. a court act that also lays down procedure keeps applying)
     */
    private record Pattern(List<String> words, List<String> not, String reason) {
        boolean matches(String title) {
            return words.stream().allMatch(title::contains) && not.stream().noneMatch(title::contains);
        }
    }

    private static final List<Pattern> PATTERNS = List.of(
            new Pattern(List.of("งบประมาณรายจ่าย"), List.of("วิธีการงบประมาณ"),
                    "an annual or supplementary budget act, time-limited (s.29)"),
            new Pattern(List.of("โอนงบประมาณ"), List.of(), "a budget transfer, time-limited (s.29)"),
            new Pattern(List.of("กู้เงิน"), List.of(), "a borrowing authorisation, time-limited (s.29)"),
            new Pattern(List.of("ให้ใช้ประมวล"), List.of(), "brings a code into force, a one-off law (s.29)"),
            new Pattern(List.of("เวนคืน", "ในท้องที่"), List.of(), "an expropriation in given localities, a one-off"
                    + " law (s.29)"),
            new Pattern(List.of("ที่จะเวนคืน"), List.of(), "fixes land to expropriate, a one-off law (s.29)"),
            new Pattern(List.of("โอนกรรมสิทธิ์"), List.of(), "a transfer of property, a one-off law (s.29)"),
            new Pattern(List.of("โอนที่ดิน"), List.of(), "a transfer of land, a one-off law (s.29)"),
            new Pattern(List.of("จัดตั้งศาล"), List.of("วิธีพิจารณา"), "creates a court, a one-off law (s.29)"),
            new Pattern(List.of("ตั้งจังหวัด"), List.of(), "creates a province, a one-off law (s.29)"),
            new Pattern(List.of("เหรียญกษาปณ์"), List.of(), "a coinage law, a one-off law (s.29)"));

    private OneOffLawTitles() {
    }

    /** @return why a law so titled is presumed exempt, or empty when it is not */
    public static Optional<String> exemption(String title) {
        if (title == null) {
            return Optional.empty();
        }
        return PATTERNS.stream().filter(p -> p.matches(title)).map(Pattern::reason).findFirst();
    }
}
