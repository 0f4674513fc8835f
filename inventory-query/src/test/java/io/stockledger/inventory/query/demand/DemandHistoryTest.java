package io.stockledger.inventory.query.demand;

import io.stockledger.inventory.query.forecast.DemandSeries;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemandHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void givenDaysWithoutRowsWhenAssembledThenTheyAreDaysOfZeroDemandUpToYesterday() {
        DemandSeries series = DemandHistory.of(List.of(new DayDemand(TODAY.minusDays(6), 4, 0),
                new DayDemand(TODAY.minusDays(3), 2, 0)), TODAY);

        assertThat(series.start()).isEqualTo(TODAY.minusDays(6));
        assertThat(series.end()).isEqualTo(TODAY);
        assertThat(series.values()).containsExactly(4, 0, 0, 2, 0, 0);
    }

    @Test
    void givenReturnsWhenAssembledThenTheyNetOutOnTheirDayFlooredAtZero() {
        DemandSeries series = DemandHistory.of(List.of(new DayDemand(TODAY.minusDays(3), 5, 2),
                new DayDemand(TODAY.minusDays(2), 1, 4), new DayDemand(TODAY.minusDays(1), 0, 3)), TODAY);

        assertThat(series.values()).containsExactly(3, 0, 0);
    }

    @Test
    void givenRowsOfOneDayFromSeveralWarehousesInAnyOrderWhenAssembledThenAddedBeforeNetting() {
        DemandSeries series = DemandHistory.of(List.of(new DayDemand(TODAY.minusDays(1), 0, 3),
                new DayDemand(TODAY.minusDays(2), 1, 0), new DayDemand(TODAY.minusDays(1), 5, 0)), TODAY);

        assertThat(series.start()).isEqualTo(TODAY.minusDays(2));
        assertThat(series.values()).containsExactly(1, 2);
    }

    @Test
    void givenRowsOfTodayWhenAssembledThenLeftOutBecauseTheDayIsNotOver() {
        DemandSeries series = DemandHistory.of(List.of(new DayDemand(TODAY.minusDays(2), 1, 0),
                new DayDemand(TODAY, 50, 0)), TODAY);

        assertThat(series.values()).containsExactly(1, 0);
        assertThat(series.end()).isEqualTo(TODAY);
    }

    @Test
    void givenNoRowBeforeTodayWhenAssembledThenAnEmptySeriesEndingToday() {
        DemandSeries none = DemandHistory.of(List.of(), TODAY);
        DemandSeries onlyToday = DemandHistory.of(List.of(new DayDemand(TODAY, 3, 0)), TODAY);

        assertThat(none.length()).isZero();
        assertThat(none.end()).isEqualTo(TODAY);
        assertThat(onlyToday.length()).isZero();
        assertThat(onlyToday.end()).isEqualTo(TODAY);
    }
}
