package org.kotmai.thai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the JDK and ICU4J Thai word segmenters on the NitiBench gold sections: how often each one
 * cuts through a legal word that must stay whole, and how long each takes on 20,000 characters.
 * Run its main method after {@code ./mvnw -q test-compile} with the test classpath; it is a measurement, not a test,
 * so its timings never fail a build. The figures it printed are quoted where the choice is made
 * ({@link ThaiWordSegmenter}).
 */
public final class SegmenterMeasurement {

    private static final Path SECTIONS = Path.of("../shared/corpus/nitibench-statute");

    /** Words a legal search must find whole; written for this measurement, not taken from a word list. */
    static final List<String> LEGAL_WORDS = List.of("พระราชบัญญัติ", "ประมวลกฎหมาย", "คณะกรรมการ", "ผู้ประกอบการ",
            "ใบอนุญาต", "ภาษีมูลค่าเพิ่ม", "รัฐมนตรี", "พนักงานเจ้าหน้าที่", "กฎกระทรวง", "ราชกิจจานุเบกษา",
            "นิติบุคคล", "ผู้รับอนุญาต", "เจ้าพนักงาน", "ค่าธรรมเนียม", "ข้อบังคับ", "พระราชกฤษฎีกา",
            "ผู้อำนวยการ", "ลูกจ้าง", "นายจ้าง", "ทรัพย์สิน", "ความผิด", "จำคุก", "ปรับ", "อธิบดี",
            "กรรมการ", "ประธานกรรมการ", "ผู้ถือหุ้น", "บริษัท", "สัญญา", "ค่าเสียหาย", "ประกาศ", "ระเบียบ");

    private SegmenterMeasurement() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = sections();
        ThaiTextRepair repair = new ThaiTextRepair();
        List<String> repaired = texts.stream().map(t -> repair.repair(t, false).text()).toList();
        Boundaries jdk = jdkBoundaries();
        Boundaries icu = icuBoundaries();
        System.out.printf("sections=%d chars=%d%n", repaired.size(), repaired.stream().mapToInt(String::length).sum());
        report("jdk", jdk, repaired);
        report("icu4j", icu, repaired);
        System.out.printf("phrase segmentations that differ: %d of %d sections%n", differing(jdk, icu, repaired),
                repaired.size());
        String twentyThousand = String.join("\n", repaired).substring(0, 20_000);
        time("jdk", jdk, twentyThousand);
        time("icu4j", icu, twentyThousand);
        ThaiAnalyzer analyzer = ThaiAnalyzer.createDefault();
        timeAnalyzer(analyzer, twentyThousand);
        Set<String> listed = Set.copyOf(new ThaiResourceLines(LegalCompounds.RESOURCE).lines());
        reportWholeTokens("analyzer, all words", analyzer, repaired, LEGAL_WORDS);
        reportWholeTokens("analyzer, words not in the compound list", analyzer, repaired,
                LEGAL_WORDS.stream().filter(w -> !listed.contains(w)).toList());
    }

    interface Boundaries {
        List<Integer> of(String text);
    }

    static Boundaries jdkBoundaries() {
        return text -> {
            BreakIterator it = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
            it.setText(text);
            List<Integer> out = new ArrayList<>();
            for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
                out.add(b);
            }
            return out;
        };
    }

    static Boundaries icuBoundaries() {
        return text -> {
            com.ibm.icu.text.BreakIterator it = com.ibm.icu.text.BreakIterator
                    .getWordInstance(com.ibm.icu.util.ULocale.forLanguageTag("th"));
            it.setText(text);
            List<Integer> out = new ArrayList<>();
            for (int b = it.first(); b != com.ibm.icu.text.BreakIterator.DONE; b = it.next()) {
                out.add(b);
            }
            return out;
        };
    }

    private static List<String> sections() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(SECTIONS)) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode section : mapper.readTree(file.toFile())) {
                    texts.add(section.get("section_content").asString());
                }
            }
        }
        return texts;
    }

    private static void report(String name, Boundaries segmenter, List<String> texts) {
        int occurrences = 0;
        int split = 0;
        int misaligned = 0;
        for (String text : texts) {
            java.util.Set<Integer> bounds = new java.util.HashSet<>(segmenter.of(text));
            for (String word : LEGAL_WORDS) {
                for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                    occurrences++;
                    int end = at + word.length();
                    boolean inside = false;
                    for (int i = at + 1; i < end && !inside; i++) {
                        inside = bounds.contains(i);
                    }
                    if (inside) {
                        split++;
                    } else if (!bounds.contains(at) || !bounds.contains(end)) {
                        misaligned++;
                    }
                }
            }
        }
        System.out.printf("%s: legal word occurrences=%d split=%d (%.2f%%) glued-to-neighbour=%d (%.2f%%)%n", name,
                occurrences, split, 100.0 * split / occurrences, misaligned, 100.0 * misaligned / occurrences);
    }

    private static int differing(Boundaries a, Boundaries b, List<String> texts) {
        int differ = 0;
        for (String text : texts) {
            if (!a.of(text).equals(b.of(text))) {
                differ++;
            }
        }
        return differ;
    }

    private static void time(String name, Boundaries segmenter, String text) {
        for (int i = 0; i < 20; i++) {
            segmenter.of(text);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            segmenter.of(text);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%s: 20,000 chars segmented in %.2f ms (best of 20 after warm-up)%n", name, best / 1e6);
    }

    /**
     * Share of legal-word occurrences for which the analyzer emits the word as a token of its own, counted
     * per section as min(occurrences in the text, equal tokens).
     */
    private static void reportWholeTokens(String name, ThaiAnalyzer analyzer, List<String> texts, List<String> words) {
        int occurrences = 0;
        int whole = 0;
        for (String text : texts) {
            List<String> tokens = analyzer.tokens(text);
            for (String word : words) {
                int inText = 0;
                for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                    inText++;
                }
                int asToken = (int) tokens.stream().filter(word::equals).count();
                occurrences += inText;
                whole += Math.min(inText, asToken);
            }
        }
        System.out.printf("%s (%d words): %d of %d occurrences emitted whole (%.2f%%)%n", name, words.size(), whole,
                occurrences, 100.0 * whole / occurrences);
    }

    private static void timeAnalyzer(ThaiAnalyzer analyzer, String text) {
        for (int i = 0; i < 20; i++) {
            analyzer.tokens(text);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            analyzer.tokens(text);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("ThaiAnalyzer.tokens: 20,000 chars in %.2f ms (best of 20 after warm-up)%n", best / 1e6);
    }
}
