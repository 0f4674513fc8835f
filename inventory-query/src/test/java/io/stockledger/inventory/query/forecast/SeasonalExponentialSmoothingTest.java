package io.stockledger.inventory.query.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SeasonalExponentialSmoothingTest {

    /** A shop closed on the 7th day of the week, busier towards the weekend. */
    private static final double[] WEEK = {10, 12, 14, 16, 18, 20, 0};

    @Test
    void givenAConstantSeriesWhenEtsThenTheConstantWithNoError() {
        double[] y = Series.repeat(56, 10);

        Fit fit = SeasonalExponentialSmoothing.optimised().fit(y, 28);

        assertThat(fit.point()).hasSize(28).usingComparatorWithPrecision(1e-9).containsOnly(10.0);
        assertThat(fit.residuals(y)).hasSize(56 - 14).usingComparatorWithPrecision(1e-9).containsOnly(0.0);
    }

    @Test
    void givenACleanWeeklyPatternWhenEtsThenItContinuesThePatternOnTheRightDays() {
        int days = 8 * 7 + 3;
        double[] y = Series.repeat(days, WEEK);

        Fit fit = SeasonalExponentialSmoothing.optimised().fit(y, 28);

        for (int h = 1; h <= 28; h++) {
            assertThat(fit.point()[h - 1]).as("day %d ahead", h).isCloseTo(WEEK[(days + h - 1) % 7], within(1e-9));
        }
    }

    @Test
    void givenALevelShiftWhenEtsThenTheGridPrefersAFasterLevelAndTheForecastFollowsIt() {
        double[] y = Series.concat(Series.repeat(70, WEEK), Series.repeat(70, 20, 22, 24, 26, 28, 30, 10));

        Fit optimised = SeasonalExponentialSmoothing.optimised().fit(y, 7);
        Fit sluggish = SeasonalExponentialSmoothing.withParameters(0.02, 0).fit(y, 7);

        assertThat(meanSquare(optimised.residuals(y))).isLessThan(meanSquare(sluggish.residuals(y)));
        // the first day ahead is day 140, the first day of the week: 20 after the shift
        assertThat(optimised.point()[0]).isCloseTo(20, within(0.5));
    }

    @Test
    void givenFixedParametersWhenEtsThenTheSpreadFollowsTheAnaNVarianceFormula() {
        Fit fit = SeasonalExponentialSmoothing.withParameters(0.1, 0.05).fit(Series.repeat(28, WEEK), 15);

        assertThat(fit.spread()[0]).isEqualTo(1.0);
        // h = 8: k = 1, 1 + α²·7 + γ·1·(2α + γ)
        assertThat(fit.spread()[7]).isCloseTo(Math.sqrt(1 + 0.01 * 7 + 0.05 * (0.2 + 0.05)), within(1e-12));
        // h = 15: k = 2
        assertThat(fit.spread()[14]).isCloseTo(Math.sqrt(1 + 0.01 * 14 + 0.05 * 2 * (0.2 + 0.05)), within(1e-12));
    }

    @Test
    void givenTheFirstTwoWeeksWhenEtsThenTheyHaveNoFittedValue() {
        Fit fit = SeasonalExponentialSmoothing.optimised().fit(Series.repeat(20, WEEK), 1);

        assertThat(fit.fitted()).startsWith(Series.repeat(14, Double.NaN));
        assertThat(fit.fitted()[14]).isCloseTo(WEEK[0], within(1e-9));
    }

    private static double meanSquare(double[] errors) {
        double sum = 0;
        for (double e : errors) {
            sum += e * e;
        }
        return sum / errors.length;
    }
}
