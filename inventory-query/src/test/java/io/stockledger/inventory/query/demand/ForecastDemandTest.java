package io.stockledger.inventory.query.demand;

import io.stockledger.inventory.command.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForecastDemandTest {

    @Test
    void givenTheBoundsWhenCreatedThenAccepted() {
        assertThat(new ForecastDemand("A", null, 1, 0.5).horizonDays()).isEqualTo(1);
        assertThat(new ForecastDemand("A", "DC-001", 365, 0.999).serviceLevel()).isEqualTo(0.999);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 366})
    void givenAHorizonOutsideOneToAYearWhenCreatedThenRefusedNamingIt(int days) {
        assertThatThrownBy(() -> new ForecastDemand("A", null, days, 0.95))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("horizonDays"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.49, 1.0, 0.9995, Double.NaN, Double.POSITIVE_INFINITY})
    void givenAServiceLevelOutsideItsRangeWhenCreatedThenRefusedNamingIt(double level) {
        assertThatThrownBy(() -> new ForecastDemand("A", null, 28, level))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("serviceLevel"));
    }
}
