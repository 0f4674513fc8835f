package io.stockledger.inventory.query.forecast;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TsbTest {

    @Test
    void givenFiveUnitsEveryFourthDayWhenTsbThenOneAndAQuarterPerDayOverACycleWithProbabilityAQuarter() {
        double[] y = Series.repeat(200, 5, 0, 0, 0);

        Fit fit = new Tsb().fit(y, 28);

        // the size stays 5; the probability cycles around 1/4 (exactly 1/4 on average over a cycle)
        double lastCycle = Arrays.stream(fit.fitted(), 196, 200).average().orElseThrow();
        assertThat(lastCycle).isCloseTo(1.25, within(1e-6));
        // after three days without demand the probability is at the bottom of its cycle:
        // π = β(1−β)³ / (1 − (1−β)⁴) with β = 0.1
        double bottom = 0.1 * Math.pow(0.9, 3) / (1 - Math.pow(0.9, 4));
        assertThat(fit.point()).hasSize(28);
        assertThat(fit.point()[0]).isCloseTo(5 * bottom, within(1e-6));
        assertThat(bottom).isCloseTo(0.212, within(1e-3));
    }

    @Test
    void givenAnItemThatStoppedSellingWhenTsbThenItsForecastDecaysButSbaKeepsTheOldRate() {
        double[] stopped = Series.concat(Series.repeat(100, 5, 0, 0, 0), new double[100]);

        double tsb = new Tsb().fit(stopped, 1).point()[0];
        double sba = Croston.sba().fit(stopped, 1).point()[0];

        assertThat(tsb).isLessThan(0.01);
        assertThat(sba).isGreaterThan(1.0);
    }

    @Test
    void givenDemandEveryDayWhenTsbThenTheSizeIsTheForecast() {
        Fit fit = new Tsb().fit(Series.repeat(50, 7), 3);

        assertThat(fit.point()).containsOnly(7.0);
    }
}
