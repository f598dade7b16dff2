package org.kotmai.web.page.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final List<BarChart.Series> OUTCOMES = List.of(new BarChart.Series("keep", "คงไว้"),
            new BarChart.Series("repeal", "ยกเลิก"), new BarChart.Series("undecided", "ยังไม่มีมติ"));

    @Test
    void stackedBarsPutSeriesSideBySideAndTheLongestBarFillsThePlot() {
        BarChart chart = BarChart.stacked(OUTCOMES, List.of(
                new BarChart.Category("กรมการปกครอง", Map.of("keep", n(2), "repeal", n(2))),
                new BarChart.Category("กรมปศุสัตว์", Map.of("undecided", n(1)))));

        BarChart.Row first = chart.rows().get(0);
        assertThat(first.segments()).extracting(BarChart.Segment::key).containsExactly("keep", "repeal");
        assertThat(first.segments().get(0).x()).isZero();
        assertThat(first.segments().get(1).x()).isEqualTo(first.segments().get(0).width());
        assertThat(first.segments().get(0).width() + first.segments().get(1).width())
                .isEqualTo(BarChart.PLOT_WIDTH);
        assertThat(first.total()).isEqualByComparingTo("4");
        BarChart.Row second = chart.rows().get(1);
        assertThat(second.segments()).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("undecided");
            assertThat(s.width()).isEqualTo(BarChart.PLOT_WIDTH / 4);
        });
        assertThat(second.labelY()).isGreaterThan(first.segments().get(0).y() + first.segments().get(0).height());
        assertThat(chart.height()).isGreaterThan(second.segments().get(0).y());
    }

    @Test
    void groupedBarsGiveEachSeriesItsOwnBarScaledToTheLargestValue() {
        BarChart chart = BarChart.grouped(List.of(new BarChart.Series("burden", "ภาระ"),
                new BarChart.Series("saving", "ลดลง")), List.of(
                new BarChart.Category("ก", Map.of("burden", n(12_000), "saving", n(3_000))),
                new BarChart.Category("ข", Map.of("burden", n(6_000), "saving", n(-500)))));

        List<BarChart.Segment> first = chart.rows().get(0).segments();
        assertThat(first).extracting(BarChart.Segment::width).containsExactly(BarChart.PLOT_WIDTH,
                BarChart.PLOT_WIDTH / 4);
        assertThat(first.get(1).y()).isGreaterThan(first.get(0).y());
        List<BarChart.Segment> second = chart.rows().get(1).segments();
        assertThat(second.get(1).width()).as("a negative saving draws no bar").isZero();
        assertThat(second.get(1).value()).isEqualByComparingTo("-500");
    }

    @Test
    void nothingToCountDrawsNoBarsRatherThanDividingByZero() {
        BarChart chart = BarChart.stacked(OUTCOMES, List.of(new BarChart.Category("ก", Map.of())));

        assertThat(chart.rows().get(0).segments()).isEmpty();
        assertThat(chart.rows().get(0).total()).isEqualByComparingTo("0");
        assertThat(BarChart.stacked(OUTCOMES, List.of()).height()).isPositive();
    }

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }
}
