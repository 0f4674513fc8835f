package io.stockledger.inventory.query.forecast;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.stockledger.inventory.query.forecast.Series.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecasterTest {

    private final Forecaster forecaster = new Forecaster();

    @Test
    void givenAConstantSeriesWhenForecastThenTheConstantWithACollapsedInterval() {
        Forecast forecast = forecaster.forecast(Series.of(Series.repeat(70, 10)));

        assertThat(forecast.method()).isEqualTo("ETS(A,N,A)");
        assertThat(forecast.level()).isEqualTo(0.95);
        assertThat(forecast.days()).hasSize(28).allSatisfy(day -> {
            assertThat(day.demand()).isCloseTo(10, within(1e-9));
            assertThat(day.lower()).isCloseTo(10, within(1e-9));
            assertThat(day.upper()).isCloseTo(10, within(1e-9));
            assertThat(day.sigma()).isCloseTo(0, within(1e-9));
        });
    }

    @Test
    void givenAHistoryWhenForecastThenTheDaysFollowItsLastDay() {
        Forecast forecast = forecaster.forecast(Series.of(Series.repeat(70, 10)), 3, 0.8);

        assertThat(forecast.days()).extracting(DailyForecast::date)
                .containsExactly(START.plusDays(70), START.plusDays(71), START.plusDays(72));
        assertThat(forecast.level()).isEqualTo(0.8);
    }

    @Test
    void givenDaysBeforeTheFirstSaleWhenForecastThenTheyAreIgnored() {
        double[] selling = Series.repeat(60, 5, 0, 0, 0);
        double[] late = Series.concat(new double[150], selling);

        Forecast fromLate = Forecaster.forecast(Series.of(late), Croston.croston(), 7, 0.95);
        Forecast fromStart = Forecaster.forecast(Series.of(selling), Croston.croston(), 7, 0.95);

        assertThat(fromLate.days().get(0).demand()).isEqualTo(fromStart.days().get(0).demand()).isEqualTo(1.25);
    }

    @Test
    void givenAnIntermittentSeriesWhenForecastThenTsbWithAnIntervalFromZeroToAboutADaysDemand() {
        Forecast forecast = forecaster.forecast(Series.of(Series.repeat(120, 0, 0, 0, 5)));

        assertThat(forecast.method()).isEqualTo("TSB");
        assertThat(forecast.days()).allSatisfy(day -> {
            assertThat(day.lower()).isZero();
            assertThat(day.upper()).isBetween(4.5, 6.0);
        });
    }

    @Test
    void givenKnownResidualsWhenIntervalsThenEmpiricalQuantilesScaledBySpreadAndFlooredAtZero() {
        double[] history = {8, 9, 10, 11, 12};
        Fit fit = new Fit(new double[] {10, 10, 10, 10, 10}, new double[] {10, 10, 0.5}, new double[] {1, 2, 1});

        List<DailyForecast> days = PredictionIntervals.around(fit, history, START, 0.5);

        // errors −2, −1, 0, 1, 2: quartiles −1 and 1; RMS error √2
        assertThat(days.get(0)).isEqualTo(new DailyForecast(START, 10, 9, 11, Math.sqrt(2)));
        assertThat(days.get(1)).isEqualTo(new DailyForecast(START.plusDays(1), 10, 8, 12, 2 * Math.sqrt(2)));
        assertThat(days.get(2).lower()).isZero();
        assertThat(days.get(2).upper()).isEqualTo(1.5);
    }

    @Test
    void givenSortedValuesWhenQuantileThenLinearInterpolation() {
        double[] sorted = {1, 2, 3, 4};

        assertThat(PredictionIntervals.quantile(sorted, 0)).isEqualTo(1);
        assertThat(PredictionIntervals.quantile(sorted, 0.5)).isEqualTo(2.5);
        assertThat(PredictionIntervals.quantile(sorted, 1)).isEqualTo(4);
        assertThat(PredictionIntervals.quantile(new double[0], 0.5)).isZero();
    }

    @Test
    void givenNoDemandWhenForecastThenZeroWithAZeroInterval() {
        Forecast forecast = forecaster.forecast(Series.of(new double[60]));

        assertThat(forecast.method()).isEqualTo("Mean");
        assertThat(forecast.days()).allSatisfy(day -> assertThat(List.of(day.demand(), day.lower(), day.upper()))
                .containsOnly(0.0));
    }
}
