package io.stockledger.inventory.query.forecast;

import java.util.List;

/**
 * A daily demand forecast over a horizon.
 *
 * @param method the method that made it ("SBA", "TSB", "ETS(A,N,A)", …)
 * @param level  the coverage probability of the prediction intervals, e.g. 0.95
 * @param days   one forecast per day, in date order, starting the day after the history
 */
public record Forecast(String method, double level, List<DailyForecast> days) {

    public Forecast {
        days = List.copyOf(days);
    }

    /** @return the number of days forecast */
    public int horizon() {
        return days.size();
    }

    /**
     * @param first how many days from the start, 0 ≤ first ≤ {@link #horizon()}
     * @return the expected demand over those days, in units
     */
    public double demandOver(int first) {
        checkWithin(first);
        return days.subList(0, first).stream().mapToDouble(DailyForecast::demand).sum();
    }

    /**
     * The standard deviation of the total forecast error over the first days, taking the daily errors as
     * independent: √Σσ². Errors of a smoothing method are positively correlated across days ahead, so
     * this understates it somewhat for long spans.
     *
     * @param first how many days from the start, 0 ≤ first ≤ {@link #horizon()}
     * @return the standard deviation in units
     */
    public double sigmaOver(int first) {
        checkWithin(first);
        return Math.sqrt(days.subList(0, first).stream().mapToDouble(d -> d.sigma() * d.sigma()).sum());
    }

    /** @return the mean expected demand per day over the horizon, in units per day */
    public double meanDailyDemand() {
        return days.isEmpty() ? 0 : demandOver(days.size()) / days.size();
    }

    private void checkWithin(int first) {
        if (first < 0 || first > days.size()) {
            throw new IllegalArgumentException("the forecast covers " + days.size() + " days, not " + first);
        }
    }
}
