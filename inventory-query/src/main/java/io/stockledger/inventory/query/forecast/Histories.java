package io.stockledger.inventory.query.forecast;

import java.util.Arrays;

/** Argument checks and small array helpers shared by the forecast methods. */
final class Histories {

    private Histories() {
    }

    /**
     * @param method  the method about to fit
     * @param history its history
     * @param horizon its horizon
     * @throws IllegalArgumentException when the history is shorter than the method needs or the horizon &lt; 1
     */
    static void check(ForecastMethod method, double[] history, int horizon) {
        if (history.length < method.minimumHistory()) {
            throw new IllegalArgumentException(method.name() + " needs at least " + method.minimumHistory()
                    + " days of history, got " + history.length);
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, got " + horizon);
        }
    }

    /** @return an array of {@code length} copies of {@code value} */
    static double[] filled(int length, double value) {
        double[] values = new double[length];
        Arrays.fill(values, value);
        return values;
    }

    /** @return an array of {@code length} NaNs: no fitted value yet */
    static double[] unfitted(int length) {
        return filled(length, Double.NaN);
    }

    /**
     * The days with demand of a series, as the intermittent-demand methods (Croston, TSB) see it.
     *
     * @param days  days with demand &gt; 0
     * @param units units demanded over those days
     */
    record Occurrences(int days, double units) {
    }

    /** @return the days with demand and their units */
    static Occurrences occurrences(double[] history) {
        int days = 0;
        double units = 0;
        for (double y : history) {
            if (y > 0) {
                days++;
                units += y;
            }
        }
        return new Occurrences(days, units);
    }
}
