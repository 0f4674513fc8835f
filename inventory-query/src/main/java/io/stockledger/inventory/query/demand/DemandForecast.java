package io.stockledger.inventory.query.demand;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code GET /api/v1/forecasts/{sku}}: a SKU's daily demand forecast and a reorder
 * suggestion. Units of stock throughout; demand values rounded to 3 decimals.
 *
 * @param sku          SKU code
 * @param warehouse    the warehouse, or {@code null} for the SKU over all its warehouses
 * @param method       the forecast method used ({@code ETS(A,N,A)}, {@code TSB} or {@code Mean}; see
 *                     docs/forecasting.md)
 * @param serviceLevel the prediction intervals' coverage and the reorder point's cycle service level
 * @param history      the demand history the forecast rests on
 * @param forecast     one point per day from today (UTC), horizon days
 * @param reorder      the reorder suggestion
 */
public record DemandForecast(String sku, String warehouse, String method, double serviceLevel, History history,
                             List<Point> forecast, Reorder reorder) {

    public DemandForecast {
        forecast = List.copyOf(forecast);
    }

    /**
     * The days the methods learnt from: from the first day with demand to yesterday (UTC).
     *
     * @param from  the first day with demand, or {@code null} when there was none
     * @param to    the last day: yesterday
     * @param days  the number of days from {@code from} to {@code to}, 0 without demand
     * @param units the total demand over them (shipped − returned per day, floored at 0)
     */
    public record History(LocalDate from, LocalDate to, int days, long units) {
    }

    /**
     * The forecast of one day.
     *
     * @param date   the day (UTC)
     * @param demand the expected demand, units per day
     * @param lower  the lower bound of the prediction interval, ≤ demand
     * @param upper  the upper bound of the prediction interval, ≥ demand
     */
    public record Point(LocalDate date, double demand, double lower, double upper) {
    }

    /**
     * What to reorder (Silver, Pyke &amp; Thomas 2017, ch. 6; see {@code ReorderAdvisor}).
     *
     * @param reorderPoint   order when available + in transit falls to this: lead-time demand + safety stock
     * @param quantity       what to order now; 0 while the position is above the reorder point or when no
     *                       demand is forecast
     * @param daysOfCover    available / mean daily forecast over the horizon (over the lead time when that
     *                       is longer), in days, 2 decimals; {@code null} when no demand is forecast
     * @param leadTimeDays   the lead time used, in days
     * @param leadTimeDemand expected demand over the lead time, rounded up
     * @param safetyStock    z · σ over the lead time at the service level, rounded up
     * @param orderUpTo      the level an order brings the position to
     * @param position       available + in transit
     */
    public record Reorder(long reorderPoint, long quantity, Double daysOfCover, int leadTimeDays, long leadTimeDemand,
                          long safetyStock, long orderUpTo, long position) {
    }
}
