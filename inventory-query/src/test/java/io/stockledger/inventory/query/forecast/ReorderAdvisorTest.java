package io.stockledger.inventory.query.forecast;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.stockledger.inventory.query.forecast.Series.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReorderAdvisorTest {

    /** 10 units a day with a daily error standard deviation of 2 units, for 28 days. */
    private static final Forecast TEN_A_DAY = flat(10, 2, 28);

    @Test
    void givenTenADayAndAFourDayLeadTimeWhenSuggestThenReorderPointIsLeadTimeDemandPlusSafetyStock() {
        ReorderSuggestion suggestion = ReorderAdvisor.suggest(TEN_A_DAY, ReorderParameters.of(4, 20), 30, 10);

        // σ_L = √(4 · 2²) = 4; z(0.95) · 4 = 6.58 → 7
        assertThat(suggestion.leadTimeDemand()).isEqualTo(40);
        assertThat(suggestion.safetyStock()).isEqualTo(7);
        assertThat(suggestion.reorderPoint()).isEqualTo(47);
        assertThat(suggestion.position()).isEqualTo(40);
        assertThat(suggestion.orderQuantity()).isEqualTo(20);
        assertThat(suggestion.daysOfCover()).isCloseTo(3.0, within(1e-12));
        assertThat(suggestion.method()).isEqualTo("test");
    }

    @Test
    void givenASmallReorderQuantityWhenSuggestThenEnoughToReachTheReorderPoint() {
        ReorderSuggestion suggestion = ReorderAdvisor.suggest(TEN_A_DAY, ReorderParameters.of(4, 5), 30, 10);

        assertThat(suggestion.orderQuantity()).isEqualTo(47 - 40);
    }

    @Test
    void givenAReviewPeriodWhenSuggestThenOrderUpToCoversLeadTimeAndReviewPeriod() {
        ReorderSuggestion suggestion = ReorderAdvisor.suggest(TEN_A_DAY, new ReorderParameters(4, 3, 0.95, 5), 30, 10);

        // 70 + ⌈1.645 · √(7 · 4)⌉ = 70 + ⌈8.70⌉ = 79
        assertThat(suggestion.reorderPoint()).isEqualTo(47);
        assertThat(suggestion.orderUpTo()).isEqualTo(79);
        assertThat(suggestion.orderQuantity()).isEqualTo(79 - 40);
    }

    @Test
    void givenAHigherServiceLevelWhenSuggestThenMoreSafetyStock() {
        ReorderSuggestion suggestion = ReorderAdvisor.suggest(TEN_A_DAY, new ReorderParameters(4, 0, 0.99, 0), 30, 10);

        // 2.326 · 4 = 9.31 → 10
        assertThat(suggestion.safetyStock()).isEqualTo(10);
    }

    @Test
    void givenAPositionAboveTheReorderPointWhenSuggestThenNoOrder() {
        ReorderSuggestion suggestion = ReorderAdvisor.suggest(TEN_A_DAY, ReorderParameters.of(4, 20), 60, 0);

        assertThat(suggestion.orderQuantity()).isZero();
        assertThat(suggestion.daysOfCover()).isCloseTo(6.0, within(1e-12));
    }

    @Test
    void givenNoDemandForecastWhenSuggestThenNoOrderAndNoDaysOfCover() {
        ReorderSuggestion suggestion = ReorderAdvisor.suggest(flat(0, 0, 28), ReorderParameters.of(7, 20), 0, 0);

        assertThat(suggestion.reorderPoint()).isZero();
        assertThat(suggestion.orderQuantity()).isZero();
        assertThat(suggestion.daysOfCover()).isNull();
    }

    @Test
    void givenFractionalDemandWhenSuggestThenRoundedUpToWholeUnits() {
        ReorderSuggestion suggestion = ReorderAdvisor.suggest(flat(0.3, 0, 28), ReorderParameters.of(10, 1), 0, 0);

        assertThat(suggestion.leadTimeDemand()).isEqualTo(3);
        assertThat(suggestion.safetyStock()).isZero();
        assertThat(suggestion.orderQuantity()).isEqualTo(3);
    }

    @Test
    void givenAForecastShorterThanTheLeadTimeWhenSuggestThenRefused() {
        assertThatThrownBy(() -> ReorderAdvisor.suggest(flat(1, 1, 5), ReorderParameters.of(7, 1), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Forecast flat(double demand, double sigma, int days) {
        List<DailyForecast> list = new ArrayList<>();
        for (int h = 0; h < days; h++) {
            list.add(new DailyForecast(START.plusDays(h), demand, Math.max(0, demand - 2 * sigma), demand + 2 * sigma, sigma));
        }
        return new Forecast("test", 0.95, list);
    }
}
