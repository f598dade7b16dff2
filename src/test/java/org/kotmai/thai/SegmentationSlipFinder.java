package org.kotmai.thai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists candidate wrong cuts of the JDK Thai word segmenter in the Krisdika corpus, the source of
 * {@value SegmentationFixes#RESOURCE}. A candidate is two consecutive pieces whose boundary, moved by one to four
 * characters, gives two pieces each frequent elsewhere in the corpus, or three consecutive pieces that re-cut as
 * two such pieces, while some piece as cut is rare outside that spot: มีค|วาม (4,099 times) against มี and ความ
 * (tens of thousands). Each candidate still has to be read: a rare piece can be a real word (ต่อหน้า|ที่).
 * Run its main method after {@code ./mvnw -q test-compile} with the test classpath and the minimum count as the
 * argument; it is a measurement, not a test. Lines already in the data file are marked {@code listed}.
 */
public final class SegmentationSlipFinder {

    private static final Path LAWS = Path.of("../shared/corpus/krisdika/law");
    private static final int MAX_SHIFT = 4;
    /** A re-cut piece must occur at least this often, and at least as often as the cut itself. */
    private static final int FREQUENT = 20;

    private final Map<String, Integer> pieces = new HashMap<>();
    private final Map<List<String>, Integer> runs = new HashMap<>();

    private SegmentationSlipFinder() {
    }

    public static void main(String[] args) throws IOException {
        int minimum = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        SegmentationSlipFinder finder = new SegmentationSlipFinder();
        ThaiTextRepair repair = new ThaiTextRepair();
        try (Stream<Path> files = Files.list(LAWS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                finder.count(repair.repair(Files.readString(file), false).text());
            }
        }
        Set<String> listed = new HashSet<>();
        new ThaiResourceLines(SegmentationFixes.RESOURCE).lines().forEach(l -> listed.add(l.split("\t")[0]));
        finder.candidates(minimum).forEach(c -> System.out.println(c + (listed.contains(c.split("\t")[1])
                ? "\tlisted" : "")));
    }

    private void count(String text) {
        for (String run : text.split("[\\s\\u00A0]+")) {
            List<String> cut = cut(run);
            for (int i = 0; i < cut.size(); i++) {
                pieces.merge(cut.get(i), 1, Integer::sum);
                for (int n = 2; n <= 3 && i + n <= cut.size(); n++) {
                    runs.merge(List.copyOf(cut.subList(i, i + n)), 1, Integer::sum);
                }
            }
        }
    }

    private List<String> candidates(int minimum) {
        List<String> out = new ArrayList<>();
        runs.forEach((cut, count) -> {
            if (count < minimum || !cut.stream().allMatch(SegmentationSlipFinder::isThai)
                    || cut.stream().noneMatch(p -> (pieces.get(p) - count) * 2 < count)) {
                return;
            }
            String text = String.join("", cut);
            for (int at = 1; at < text.length(); at++) {
                if (isBoundary(cut, at) || !shiftedAtMost(cut, at) || ThaiChars.isCombiningMark(text.charAt(at))) {
                    continue;
                }
                String first = text.substring(0, at);
                String second = text.substring(at);
                if (frequent(first, count) && frequent(second, count)) {
                    out.add(String.format("%6d\t%s\t%s|%s", count, String.join("|", cut), first, second));
                }
            }
        });
        out.sort((a, b) -> b.compareTo(a));
        return out;
    }

    private boolean frequent(String piece, int count) {
        return pieces.getOrDefault(piece, 0) >= Math.max(FREQUENT, count);
    }

    private static boolean isBoundary(List<String> cut, int at) {
        int end = 0;
        for (String piece : cut) {
            end += piece.length();
            if (end == at) {
                return true;
            }
        }
        return false;
    }

    /** Pairs are re-cut near their boundary only; three pieces anywhere. */
    private static boolean shiftedAtMost(List<String> cut, int at) {
        return cut.size() > 2 || Math.abs(at - cut.get(0).length()) <= MAX_SHIFT;
    }

    private static boolean isThai(String piece) {
        return !piece.isEmpty() && piece.chars().allMatch(c -> c >= 0x0E00 && c <= 0x0E7F);
    }

    private static List<String> cut(String run) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        words.setText(run);
        List<String> out = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            out.add(run.substring(start, end));
        }
        return out;
    }
}
