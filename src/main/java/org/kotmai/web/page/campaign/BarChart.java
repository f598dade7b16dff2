package org.kotmai.web.page.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart laid out for an inline SVG: one row per category, its label above its bar(s), so that
 * long Thai agency names never have to fit beside the bars. Stacked charts put every series in one bar; grouped
 * charts give each series its own thinner bar. Negative values draw no bar but keep their figure.
 *
 * @param height the SVG's height in its own units; its width is always {@link #WIDTH}
 */
public record BarChart(int height, List<Row> rows, List<Series> series) {

    static final int WIDTH = 640;
    /** Room left for the figure written after the longest bar. */
    static final int PLOT_WIDTH = 500;
    private static final int LABEL_HEIGHT = 20;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 10;

    /** One series: its key (used as CSS class {@code s-<key>}) and its label for the legend and tooltips. */
    public record Series(String key, String label) {
    }

    /** One category's figures, by series key; missing series count as zero. */
    public record Category(String label, Map<String, BigDecimal> values) {
    }

    /** One bar's drawn piece: a series' value for a category. */
    public record Segment(String key, String seriesLabel, BigDecimal value, int x, int y, int width, int height) {
    }

    /**
     * @param labelY   baseline of the category's label
     * @param total    the figure written after the bar (stacked: the sum; grouped: none)
     * @param totalX   where that figure starts
     */
    public record Row(String label, int labelY, List<Segment> segments, BigDecimal total, int totalX, int totalY) {
    }

    static BarChart stacked(List<Series> series, List<Category> categories) {
        BigDecimal max = categories.stream().map(c -> sum(series, c)).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Row> rows = new ArrayList<>();
        int top = 0;
        for (Category category : categories) {
            int barY = top + LABEL_HEIGHT;
            int x = 0;
            List<Segment> segments = new ArrayList<>();
            for (Series s : series) {
                BigDecimal value = value(category, s);
                int width = scale(value, max);
                if (width > 0) {
                    segments.add(new Segment(s.key(), s.label(), value, x, barY, width, BAR_HEIGHT));
                }
                x += width;
            }
            rows.add(new Row(category.label(), top + LABEL_HEIGHT - 6, segments, sum(series, category), x + 6,
                    barY + BAR_HEIGHT - 4));
            top = barY + BAR_HEIGHT + GAP;
        }
        return new BarChart(Math.max(top, 1), rows, series);
    }

    static BarChart grouped(List<Series> series, List<Category> categories) {
        BigDecimal max = categories.stream().flatMap(c -> series.stream().map(s -> value(c, s)))
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Row> rows = new ArrayList<>();
        int top = 0;
        for (Category category : categories) {
            int barY = top + LABEL_HEIGHT;
            List<Segment> segments = new ArrayList<>();
            for (Series s : series) {
                BigDecimal value = value(category, s);
                segments.add(new Segment(s.key(), s.label(), value, 0, barY, scale(value, max), BAR_HEIGHT));
                barY += BAR_HEIGHT + 2;
            }
            rows.add(new Row(category.label(), top + LABEL_HEIGHT - 6, segments, null, 0, 0));
            top = barY + GAP;
        }
        return new BarChart(Math.max(top, 1), rows, series);
    }

    public int width() {
        return WIDTH;
    }

    private static BigDecimal value(Category category, Series series) {
        BigDecimal value = category.values().get(series.key());
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal sum(List<Series> series, Category category) {
        return series.stream().map(s -> value(category, s).max(BigDecimal.ZERO)).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static int scale(BigDecimal value, BigDecimal max) {
        if (max.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        return Math.max(1, value.multiply(BigDecimal.valueOf(PLOT_WIDTH)).divide(max, 0, RoundingMode.HALF_UP)
                .intValue());
    }
}
