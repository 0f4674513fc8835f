package io.stockledger.inventory.query.forecast;

import org.junit.jupiter.api.Test;

import static io.stockledger.inventory.query.forecast.Series.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemandSeriesTest {

    @Test
    void givenShipmentsAndReturnsWhenNettedThenDemandIsTheirDifferenceFlooredAtZero() {
        DemandSeries series = DemandSeries.netOf(START, new long[] {5, 0, 3, 7}, new long[] {2, 4, 3, 0});

        assertThat(series.values()).containsExactly(3, 0, 0, 7);
        assertThat(series.total()).isEqualTo(10);
        assertThat(series.demandDays()).isEqualTo(2);
    }

    @Test
    void givenNegativeDemandWhenCreatedThenRefused() {
        assertThatThrownBy(() -> DemandSeries.of(START, new double[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day 1");
    }

    @Test
    void givenLeadingZerosWhenSinceFirstDemandThenStartsAtTheFirstSaleAndEndsOnTheSameDay() {
        DemandSeries series = DemandSeries.ofUnits(START, 0, 0, 4, 0, 1);

        DemandSeries selling = series.sinceFirstDemand();

        assertThat(selling.start()).isEqualTo(START.plusDays(2));
        assertThat(selling.values()).containsExactly(4, 0, 1);
        assertThat(selling.end()).isEqualTo(series.end()).isEqualTo(START.plusDays(5));
    }

    @Test
    void givenNoDemandWhenSinceFirstDemandThenEmptyAtTheEnd() {
        DemandSeries selling = DemandSeries.ofUnits(START, 0, 0, 0).sinceFirstDemand();

        assertThat(selling.length()).isZero();
        assertThat(selling.start()).isEqualTo(START.plusDays(3));
    }

    @Test
    void givenASeriesWhenHeadThenOnlyTheFirstDaysAreKept() {
        DemandSeries series = DemandSeries.ofUnits(START, 1, 2, 3, 4);

        assertThat(series.head(2).values()).containsExactly(1, 2);
        assertThat(series.head(2).end()).isEqualTo(START.plusDays(2));
        assertThat(series.from(3).values()).containsExactly(4);
        assertThat(series.from(3).start()).isEqualTo(START.plusDays(3));
    }
}
