package io.stockledger.inventory.query.forecast;

import java.util.Arrays;

/**
 * A forecast method fitted to a history: what it would have forecast for each past day, and what it
 * forecasts for the days ahead. Arrays are owned by the fit and not copied.
 *
 * @param fitted one-step-ahead in-sample forecasts, one per day of the history: {@code fitted[t]} is the
 *               forecast of day {@code t} made at the end of day {@code t − 1}, in units; {@code NaN} where
 *               the method has none yet
 * @param point  point forecasts for days 1 … horizon after the history, in units per day, ≥ 0
 * @param spread per day of the horizon, the standard deviation of the h-step forecast error relative to
 *               the one-step one, from the method's model (1 when the method assumes it does not grow)
 */
public record Fit(double[] fitted, double[] point, double[] spread) {

    public Fit {
        if (point.length != spread.length) {
            throw new IllegalArgumentException("point and spread cover " + point.length + " and " + spread.length + " days");
        }
    }

    /**
     * @param history the days the method was fitted to
     * @return the one-step in-sample errors, actual − fitted, in units, for the days that have a fitted value
     */
    public double[] residuals(double[] history) {
        int count = 0;
        double[] errors = new double[history.length];
        for (int t = 0; t < history.length; t++) {
            if (!Double.isNaN(fitted[t])) {
                errors[count++] = history[t] - fitted[t];
            }
        }
        return Arrays.copyOf(errors, count);
    }
}
