package io.stockledger.inventory.query.forecast;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScaledErrorTest {

    private static final double[] HISTORY = {3, 0, 7, 2, 9, 4, 0, 5, 1, 6, 2, 12, 3, 0, 4, 4, 8, 1, 10, 2, 0};

    @Test
    void givenAPerfectForecastWhenScoredThenZero() {
        double[] actual = {4, 0, 6};

        assertThat(ScaledError.mase(HISTORY, actual, actual, 7)).hasValue(0);
        assertThat(ScaledError.rmsse(HISTORY, actual, actual, 7)).hasValue(0);
    }

    @Test
    void givenTheSeasonalNaiveForecastInSampleWhenScoredThenOne() {
        double[] actual = Arrays.copyOfRange(HISTORY, 7, HISTORY.length);
        double[] naive = Arrays.copyOfRange(HISTORY, 0, HISTORY.length - 7);

        assertThat(ScaledError.mase(HISTORY, actual, naive, 7).orElseThrow()).isCloseTo(1, within(1e-12));
        assertThat(ScaledError.rmsse(HISTORY, actual, naive, 7).orElseThrow()).isCloseTo(1, within(1e-12));
    }

    @Test
    void givenKnownErrorsWhenScoredThenTheirMeanOverTheNaiveScale() {
        double[] history = {1, 2, 3, 4, 5, 6, 7, 2, 3, 4, 5, 6, 7, 8};

        // every in-sample lag-7 difference is 1; errors 1 and 2
        assertThat(ScaledError.mase(history, new double[] {3, 3}, new double[] {2, 5}, 7)).hasValue(1.5);
        assertThat(ScaledError.rmsse(history, new double[] {3, 3}, new double[] {2, 5}, 7).orElseThrow())
                .isCloseTo(Math.sqrt(2.5), within(1e-12));
        // lag 1: differences 1 ×12 and −5 once, mean |d| = 17/13
        assertThat(ScaledError.mase(history, new double[] {3, 3}, new double[] {2, 5}, 1).orElseThrow())
                .isCloseTo(1.5 / (17.0 / 13), within(1e-12));
    }

    @Test
    void givenAConstantHistoryWhenScoredThenNoScaleAndNoScore() {
        double[] constant = Series.repeat(30, 4);

        assertThat(ScaledError.mase(constant, new double[] {4}, new double[] {3}, 7)).isEmpty();
        assertThat(ScaledError.rmsse(constant, new double[] {4}, new double[] {3}, 7)).isEmpty();
        assertThat(ScaledError.mase(new double[] {1, 2}, new double[] {4}, new double[] {3}, 7)).isEmpty();
    }
}
