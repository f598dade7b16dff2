package org.kotmai.thai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts the JDK Thai word segmenter makes wrongly wherever they occur (data file {@value #RESOURCE}), re-cut as
 * meant. Its dictionary holds rare words, such as มีค or ประกาศก, made of a common word and the first letter of the
 * next, and they win over the common reading: มีความ comes out as มีค|วาม, so ความผิด was never indexed after มี.
 * Each fix names two or three consecutive pieces as cut and the pieces meant. Read once at start-up: the list shapes
 * index tokens, so it changes only with a release and a re-index.
 */
final class SegmentationFixes {

    static final String RESOURCE = "thai/segmentation-fixes.txt";
    private static final String SEPARATOR = "|";
    private static final int MAX_CUT_PIECES = 3;

    /** A wrong cut and the pieces meant. */
    private record Fix(List<String> cut, List<String> meant) {
    }

    /** The fixes by their first piece, the longest cut first, so that a three-piece fix wins over a pair inside it. */
    private final Map<String, List<Fix>> byFirstPiece;

    private SegmentationFixes(Map<String, List<Fix>> byFirstPiece) {
        byFirstPiece.values().forEach(fixes -> fixes.sort(Comparator.comparingInt((Fix f) -> f.cut().size())
                .reversed()));
        this.byFirstPiece = Map.copyOf(byFirstPiece);
    }

    static SegmentationFixes fromClasspath() {
        return parse(ThaiResources.text(RESOURCE));
    }

    /**
     * Reads lines of the form {@code มีค|วาม<TAB>มี|ความ}; {@code #} starts a comment.
     *
     * @throws IllegalArgumentException naming the line when it is not two or three pieces as cut, a tab, and
     *                                  different pieces spelling the same text
     */
    static SegmentationFixes parse(String content) {
        Map<String, List<Fix>> fixes = new HashMap<>();
        content.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
            String[] columns = line.split("\t");
            List<String> cut = columns.length == 2 ? pieces(columns[0]) : List.of();
            List<String> meant = columns.length == 2 ? pieces(columns[1]) : List.of();
            if (cut.size() < 2 || cut.size() > MAX_CUT_PIECES || meant.isEmpty() || cut.equals(meant)
                    || !String.join("", cut).equals(String.join("", meant))) {
                throw new IllegalArgumentException(RESOURCE + ": line '" + line + "' must be two or three pieces as"
                        + " cut, a tab, and other pieces spelling the same text (มีค|วาม<TAB>มี|ความ)");
            }
            fixes.computeIfAbsent(cut.get(0), first -> new ArrayList<>()).add(new Fix(cut, meant));
        });
        return new SegmentationFixes(fixes);
    }

    private static List<String> pieces(String column) {
        return Arrays.stream(column.strip().split("\\" + SEPARATOR, -1)).filter(p -> !p.isEmpty()).toList();
    }

    /** The pieces with every listed wrong cut replaced by the pieces meant. */
    List<String> apply(List<String> pieces) {
        List<String> out = null;
        int i = 0;
        while (i < pieces.size()) {
            Fix fix = fixAt(pieces, i);
            if (fix == null) {
                if (out != null) {
                    out.add(pieces.get(i));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(pieces.subList(0, i));
            }
            out.addAll(fix.meant());
            i += fix.cut().size();
        }
        return out == null ? pieces : out;
    }

    private Fix fixAt(List<String> pieces, int at) {
        List<Fix> candidates = byFirstPiece.get(pieces.get(at));
        if (candidates == null) {
            return null;
        }
        for (Fix fix : candidates) {
            int end = at + fix.cut().size();
            if (end <= pieces.size() && pieces.subList(at, end).equals(fix.cut())) {
                return fix;
            }
        }
        return null;
    }
}
