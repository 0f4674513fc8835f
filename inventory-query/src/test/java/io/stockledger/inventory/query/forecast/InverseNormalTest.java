package io.stockledger.inventory.query.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class InverseNormalTest {

    @Test
    void givenCommonServiceLevelsWhenQuantileThenTheTabulatedZ() {
        assertThat(InverseNormal.quantile(0.5)).isZero();
        assertThat(InverseNormal.quantile(0.95)).isCloseTo(1.6448536270, within(1e-8));
        assertThat(InverseNormal.quantile(0.975)).isCloseTo(1.9599639845, within(1e-8));
        assertThat(InverseNormal.quantile(0.99)).isCloseTo(2.3263478740, within(1e-8));
    }

    @Test
    void givenTheTailsWhenQuantileThenAccurateAndSymmetric() {
        assertThat(InverseNormal.quantile(0.999)).isCloseTo(3.0902323062, within(1e-8));
        assertThat(InverseNormal.quantile(1e-6)).isCloseTo(-4.7534243088, within(1e-8));
        assertThat(InverseNormal.quantile(0.01)).isCloseTo(-InverseNormal.quantile(0.99), within(1e-12));
        assertThat(InverseNormal.quantile(0.3)).isCloseTo(-InverseNormal.quantile(0.7), within(1e-12));
    }

    @Test
    void givenAProbabilityOutsideZeroToOneWhenQuantileThenRefused() {
        assertThatThrownBy(() -> InverseNormal.quantile(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InverseNormal.quantile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InverseNormal.quantile(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
