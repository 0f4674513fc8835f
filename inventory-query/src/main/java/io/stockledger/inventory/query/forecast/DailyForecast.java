package io.stockledger.inventory.query.forecast;

import java.time.LocalDate;

/**
 * The forecast of one day, in units of stock.
 *
 * @param date   the day
 * @param demand the point forecast (expected demand), ≥ 0
 * @param lower  the lower bound of the prediction interval, 0 ≤ lower
 * @param upper  the upper bound of the prediction interval, ≥ lower
 * @param sigma  the standard deviation of the forecast error of this day, ≥ 0
 */
public record DailyForecast(LocalDate date, double demand, double lower, double upper, double sigma) {
}
