package io.stockledger.inventory.query.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BaselinesTest {

    private static final double[] WEEK = {10, 12, 14, 16, 18, 20, 0};

    @Test
    void givenACleanWeeklyPatternWhenSeasonalNaiveThenItRepeatsTheLastWeek() {
        int days = 5 * 7 + 4;
        double[] y = Series.repeat(days, WEEK);

        Fit fit = new SeasonalNaive().fit(y, 28);

        for (int h = 1; h <= 28; h++) {
            assertThat(fit.point()[h - 1]).as("day %d ahead", h).isEqualTo(WEEK[(days + h - 1) % 7]);
        }
        assertThat(fit.residuals(y)).hasSize(days - 7).containsOnly(0.0);
    }

    @Test
    void givenSeasonalNaiveWhenForecastingSeveralWeeksThenTheSpreadGrowsWithTheSquareRootOfTheWeeks() {
        Fit fit = new SeasonalNaive().fit(Series.repeat(14, WEEK), 15);

        assertThat(fit.spread()[6]).isEqualTo(1.0);
        assertThat(fit.spread()[7]).isEqualTo(Math.sqrt(2));
        assertThat(fit.spread()[14]).isEqualTo(Math.sqrt(3));
    }

    @Test
    void givenACleanWeeklyPatternWhenDayOfWeekAverageThenItReproducesIt() {
        int days = 20 * 7 + 2;
        double[] y = Series.repeat(days, WEEK);

        Fit fit = new DayOfWeekAverage().fit(y, 14);

        for (int h = 1; h <= 14; h++) {
            assertThat(fit.point()[h - 1]).as("day %d ahead", h).isCloseTo(WEEK[(days + h - 1) % 7], within(1e-9));
        }
    }

    @Test
    void givenDemandThatChangedMoreThan90DaysAgoWhenDayOfWeekAverageThenOnlyTheLast90DaysCount() {
        double[] y = Series.concat(Series.repeat(100, 100), Series.repeat(91, 10));

        Fit fit = new DayOfWeekAverage().fit(y, 7);

        assertThat(fit.point()).containsOnly(10.0);
    }

    @Test
    void givenAlternatingWeeksWhenDayOfWeekAverageThenTheMeanOfEachDayOfTheWeek() {
        double[] y = Series.repeat(84, 4, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1);

        Fit fit = new DayOfWeekAverage().fit(y, 7);

        // 84 days, 12 of each day of the week; the first day ahead is the 0th of the week: 6 × 4 and 6 × 8
        assertThat(fit.point()[0]).isEqualTo(6.0);
        assertThat(fit.point()[1]).isEqualTo(1.0);
        assertThat(fit.spread()[0]).isCloseTo(Math.sqrt(1 + 1.0 / 12), within(1e-12));
    }

    @Test
    void givenAHistoryWhenMeanThenItsMeanWithExpandingMeansInSample() {
        Fit fit = new MeanForecast().fit(new double[] {2, 4, 6}, 2);

        assertThat(fit.point()).containsOnly(4.0);
        assertThat(fit.fitted()).containsExactly(Double.NaN, 2, 3);
    }
}
