package io.stockledger.inventory.query.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CrostonTest {

    /** 5 units every 4th day: 1.25 units a day on average. */
    private static final double[] EVERY_FOURTH_DAY = Series.repeat(100, 0, 0, 0, 5);

    @Test
    void givenFiveUnitsEveryFourthDayWhenCrostonThenOneAndAQuarterPerDay() {
        Fit fit = Croston.croston().fit(EVERY_FOURTH_DAY, 28);

        assertThat(fit.point()).hasSize(28).containsOnly(1.25);
        assertThat(fit.fitted()).containsOnly(1.25);
        assertThat(fit.spread()).containsOnly(1.0);
    }

    @Test
    void givenFiveUnitsEveryFourthDayWhenSbaThenCrostonTimesOneMinusHalfAlpha() {
        Fit fit = Croston.sba().fit(EVERY_FOURTH_DAY, 28);

        assertThat(fit.point()).containsOnly(1.25 * (1 - 0.1 / 2));
        assertThat(Croston.sba(0.2).fit(EVERY_FOURTH_DAY, 1).point()[0]).isCloseTo(1.25 * 0.9, within(1e-12));
    }

    @Test
    void givenTheHistoryStartsWithASaleWhenCrostonThenTheUnobservedFirstIntervalIsNotCountedAsOneDay() {
        double[] fromFirstSale = Series.repeat(100, 5, 0, 0, 0);

        assertThat(Croston.croston().fit(fromFirstSale, 1).point()[0]).isEqualTo(1.25);
    }

    @Test
    void givenLongerIntervalsLaterWhenCrostonThenTheRateFalls() {
        double[] slowing = Series.concat(Series.repeat(40, 0, 5), Series.repeat(60, 0, 0, 0, 0, 0, 5));

        Fit fit = Croston.croston().fit(slowing, 1);

        // p₀ = 100/30 days; nineteen 2-day intervals take p to about 2.2, ten 6-day ones to about 4.7
        assertThat(fit.point()[0]).isBetween(0.9, 1.2);
        assertThat(fit.fitted()[0]).isEqualTo(5 / (100.0 / 30));
    }

    @Test
    void givenNoDemandWhenCrostonThenZero() {
        Fit fit = Croston.sba().fit(new double[30], 7);

        assertThat(fit.point()).containsOnly(0.0);
        assertThat(fit.fitted()).containsOnly(0.0);
    }
}
