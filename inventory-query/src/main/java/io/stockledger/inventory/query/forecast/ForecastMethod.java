package io.stockledger.inventory.query.forecast;

/**
 * A way of forecasting daily demand from its own history. Implementations are immutable and thread-safe;
 * they see only the history they are given, so nothing after its last day can influence a forecast.
 */
public interface ForecastMethod {

    /** @return the name reported with the forecasts ("SBA", "TSB", "ETS(A,N,A)", …) */
    String name();

    /** @return the fewest days of history the method accepts */
    default int minimumHistory() {
        return 1;
    }

    /**
     * @param history demand per day in units, oldest first, at least {@link #minimumHistory()} days; not
     *                modified
     * @param horizon days to forecast after the last day of the history, ≥ 1
     * @return the fitted method
     * @throws IllegalArgumentException when the history is too short or the horizon is not positive
     */
    Fit fit(double[] history, int horizon);
}
