package io.stockledger.inventory.query.forecast;

/**
 * Forecasts daily demand with prediction intervals: fits a method — the one the {@link MethodSelector}
 * picks, or a given one — to the history from its first day with demand (before it the item was not on
 * sale), forecasts the days after the history, and puts {@linkplain PredictionIntervals prediction
 * intervals} around the point forecasts.
 */
public final class Forecaster {

    /** The default horizon, in days. */
    public static final int DEFAULT_HORIZON = 28;
    /** The default coverage probability of the prediction intervals. */
    public static final double DEFAULT_LEVEL = 0.95;

    private final MethodSelector selector = new MethodSelector();

    /**
     * @param history daily demand
     * @return the forecast of the selected method for {@value #DEFAULT_HORIZON} days, 95 % intervals
     */
    public Forecast forecast(DemandSeries history) {
        return forecast(history, DEFAULT_HORIZON, DEFAULT_LEVEL);
    }

    /**
     * @param history daily demand
     * @param horizon days ahead, ≥ 1
     * @param level   coverage probability of the intervals, in (0, 1)
     * @return the forecast of the method the selector picks for the series
     */
    public Forecast forecast(DemandSeries history, int horizon, double level) {
        return forecast(history, selector.select(history), horizon, level);
    }

    /**
     * @param history daily demand
     * @param method  the method to use
     * @param horizon days ahead, ≥ 1
     * @param level   coverage probability of the intervals, in (0, 1)
     * @return the method's forecast
     * @throws IllegalArgumentException when the history from the first demand is shorter than the method needs
     */
    public static Forecast forecast(DemandSeries history, ForecastMethod method, int horizon, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        double[] selling = history.sinceFirstDemand().values();
        Fit fit = method.fit(selling, horizon);
        return new Forecast(method.name(), level, PredictionIntervals.around(fit, selling, history.end(), level));
    }
}
