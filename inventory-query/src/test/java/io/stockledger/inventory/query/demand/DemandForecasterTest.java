package io.stockledger.inventory.query.demand;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DemandForecasterTest {

    /** A Tuesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Map<DayOfWeek, Long> WEEK = Map.of(DayOfWeek.MONDAY, 10L, DayOfWeek.TUESDAY, 12L,
            DayOfWeek.WEDNESDAY, 14L, DayOfWeek.THURSDAY, 30L, DayOfWeek.FRIDAY, 16L, DayOfWeek.SATURDAY, 6L,
            DayOfWeek.SUNDAY, 8L);
    private static final Supply NO_POLICY = new Supply(0, 0, Supply.DEFAULT_LEAD_TIME_DAYS, 0);

    private final DemandForecaster forecaster = new DemandForecaster();

    @Test
    void givenTenWeeksOfAWeeklyPatternWhenForecastThenSeasonalSmoothingRepeatsTheWeekFromToday() {
        List<DayDemand> days = new ArrayList<>();
        long units = 0;
        for (LocalDate day = TODAY.minusDays(70); day.isBefore(TODAY); day = day.plusDays(1)) {
            days.add(new DayDemand(day, WEEK.get(day.getDayOfWeek()), 0));
            units += WEEK.get(day.getDayOfWeek());
        }

        DemandForecast answer = forecaster.forecast(new ForecastDemand("A", "DC-001", 28, 0.95), days, NO_POLICY, TODAY);

        assertThat(answer.method()).isEqualTo("ETS(A,N,A)");
        assertThat(answer.warehouse()).isEqualTo("DC-001");
        assertThat(answer.history()).isEqualTo(new DemandForecast.History(TODAY.minusDays(70), TODAY.minusDays(1), 70, units));
        assertThat(answer.forecast()).hasSize(28);
        assertThat(answer.forecast().get(0).date()).isEqualTo(TODAY);
        assertThat(answer.forecast().get(27).date()).isEqualTo(TODAY.plusDays(27));
        assertThat(answer.forecast()).allSatisfy(point -> {
            assertThat(point.lower()).isLessThanOrEqualTo(point.demand());
            assertThat(point.demand()).isLessThanOrEqualTo(point.upper());
            assertThat(point.demand()).isCloseTo(WEEK.get(point.date().getDayOfWeek()), within(0.5));
        });
    }

    @Test
    void givenNoDemandWhenForecastThenTheFallbackForecastsZeroAndSuggestsNothing() {
        DemandForecast answer = forecaster.forecast(new ForecastDemand("A", null, 14, 0.95), List.of(),
                new Supply(40, 0, 7, 25), TODAY);

        assertThat(answer.method()).isEqualTo("Mean");
        assertThat(answer.warehouse()).isNull();
        assertThat(answer.history()).isEqualTo(new DemandForecast.History(null, TODAY.minusDays(1), 0, 0));
        assertThat(answer.forecast()).hasSize(14).allSatisfy(point -> {
            assertThat(point.demand()).isZero();
            assertThat(point.lower()).isZero();
            assertThat(point.upper()).isZero();
        });
        assertThat(answer.reorder()).isEqualTo(new DemandForecast.Reorder(0, 0, null, 7, 0, 0, 0, 40));
    }

    @Test
    void givenAHorizonShorterThanTheLeadTimeWhenForecastThenTheReorderPointStillCoversTheWholeLeadTime() {
        List<DayDemand> days = new ArrayList<>();
        for (int back = 60; back >= 1; back--) {
            days.add(new DayDemand(TODAY.minusDays(back), 5, 0));
        }

        DemandForecast answer = forecaster.forecast(new ForecastDemand("A", "DC-001", 3, 0.95), days,
                new Supply(20, 10, 10, 100), TODAY);

        assertThat(answer.forecast()).hasSize(3).allSatisfy(point -> assertThat(point.demand()).isEqualTo(5));
        DemandForecast.Reorder reorder = answer.reorder();
        assertThat(reorder.leadTimeDays()).isEqualTo(10);
        assertThat(reorder.leadTimeDemand()).isEqualTo(50);
        assertThat(reorder.safetyStock()).isZero();
        assertThat(reorder.reorderPoint()).isEqualTo(50);
        assertThat(reorder.position()).isEqualTo(30);
        assertThat(reorder.quantity()).as("the policy's least order, above order-up-to − position = 20").isEqualTo(100);
        assertThat(reorder.daysOfCover()).isEqualTo(4.0);
    }

    @Test
    void givenDemandEveryFourthDayWhenForecastThenTsbAtTheRate() {
        List<DayDemand> days = new ArrayList<>();
        for (int back = 77; back >= 1; back -= 4) {
            days.add(new DayDemand(TODAY.minusDays(back), 8, 0));
        }

        DemandForecast answer = forecaster.forecast(new ForecastDemand("A", "DC-001", 28, 0.9), days, NO_POLICY, TODAY);

        assertThat(answer.method()).isEqualTo("TSB");
        assertThat(answer.serviceLevel()).isEqualTo(0.9);
        assertThat(answer.forecast()).allSatisfy(point -> assertThat(point.demand()).isCloseTo(2, within(0.5)));
    }
}
