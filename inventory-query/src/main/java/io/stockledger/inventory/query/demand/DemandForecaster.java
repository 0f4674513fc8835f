package io.stockledger.inventory.query.demand;

import io.stockledger.inventory.query.forecast.DailyForecast;
import io.stockledger.inventory.query.forecast.DemandSeries;
import io.stockledger.inventory.query.forecast.Forecast;
import io.stockledger.inventory.query.forecast.Forecaster;
import io.stockledger.inventory.query.forecast.ReorderAdvisor;
import io.stockledger.inventory.query.forecast.ReorderParameters;
import io.stockledger.inventory.query.forecast.ReorderSuggestion;

import java.time.LocalDate;
import java.util.List;

/**
 * Makes the answer of a {@link ForecastDemand} query from the rows read for it, without a database: the
 * history ({@link DemandHistory}), the forecast of the method the {@code MethodSelector} picks
 * ({@link Forecaster}) at the service level, and the reorder suggestion ({@link ReorderAdvisor}) for the
 * supply's lead time under continuous review.
 * <p>
 * The forecast is computed over the horizon or the lead time, whichever is longer (the reorder point needs
 * the whole lead time), and answered for the horizon. A SKU without demand before today gets the
 * {@code Mean} fallback: a forecast of 0 with a zero-width interval, a reorder point of 0, no order and no
 * days of cover. Thread-safe.
 */
public final class DemandForecaster {

    private final Forecaster forecaster = new Forecaster();

    /**
     * @param query  the query
     * @param days   the SKU's shipments and returns per day (of its warehouse, or of all)
     * @param supply its stock and policy
     * @param today  the current UTC date: the first day forecast
     * @return the answer
     */
    public DemandForecast forecast(ForecastDemand query, List<DayDemand> days, Supply supply, LocalDate today) {
        DemandSeries history = DemandHistory.of(days, today);
        int span = Math.max(query.horizonDays(), supply.leadTimeDays());
        Forecast forecast = forecaster.forecast(history, span, query.serviceLevel());
        ReorderSuggestion suggestion = ReorderAdvisor.suggest(forecast, new ReorderParameters(supply.leadTimeDays(),
                0, query.serviceLevel(), supply.reorderQuantity()), supply.available(), supply.inTransit());
        List<DemandForecast.Point> points = forecast.days().subList(0, query.horizonDays()).stream()
                .map(DemandForecaster::point).toList();
        return new DemandForecast(query.sku(), query.warehouse(), forecast.method(), query.serviceLevel(),
                history(history), points, reorder(suggestion, supply.leadTimeDays()));
    }

    private static DemandForecast.History history(DemandSeries history) {
        DemandSeries selling = history.sinceFirstDemand();
        LocalDate yesterday = history.end().minusDays(1);
        return new DemandForecast.History(selling.length() == 0 ? null : selling.start(), yesterday, selling.length(),
                Math.round(selling.total()));
    }

    private static DemandForecast.Point point(DailyForecast day) {
        return new DemandForecast.Point(day.date(), round(day.demand(), 1000), round(day.lower(), 1000),
                round(day.upper(), 1000));
    }

    private static DemandForecast.Reorder reorder(ReorderSuggestion s, int leadTimeDays) {
        return new DemandForecast.Reorder(s.reorderPoint(), s.orderQuantity(),
                s.daysOfCover() == null ? null : round(s.daysOfCover(), 100), leadTimeDays, s.leadTimeDemand(),
                s.safetyStock(), s.orderUpTo(), s.position());
    }

    /** Rounds half up to 1/scale; monotone, so lower ≤ demand ≤ upper survives. */
    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
