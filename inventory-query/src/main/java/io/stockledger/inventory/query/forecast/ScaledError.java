package io.stockledger.inventory.query.forecast;

import java.util.OptionalDouble;

/**
 * Scale-free accuracy measures that compare a forecast's errors with those of a naive method in sample,
 * so that items selling 2 and 2,000 units a day can be averaged together.
 * <ul>
 *   <li>MASE, Hyndman, R. J. &amp; Koehler, A. B. (2006), "Another look at measures of forecast accuracy",
 *       International Journal of Forecasting 22(4), 679–688: mean |actual − forecast| over the test days,
 *       divided by the in-sample mean |y<sub>t</sub> − y<sub>t−m</sub>| of the (seasonal) naive method with lag
 *       m. Below 1: better than the in-sample one-step naive forecast.</li>
 *   <li>RMSSE, as in the M5 competition (Makridakis, S., Spiliotis, E. &amp; Assimakopoulos, V. (2022), "M5
 *       accuracy competition: Results, findings, and conclusions", International Journal of Forecasting
 *       38(4), 1346–1364): the same with squares, √(mean squared error / in-sample mean squared naive
 *       error).</li>
 * </ul>
 * Both are undefined when the in-sample naive error is 0 (a constant series, or one too short for the
 * lag): then the result is empty, and the caller skips the series.
 */
public final class ScaledError {

    private ScaledError() {
    }

    /**
     * @param insample the history the forecast was made from, in units per day
     * @param actual   what happened on the test days
     * @param forecast what was forecast for them, same length
     * @param lag      the naive method's lag in days: 7 for seasonal naive, 1 for naive
     * @return the MASE, or empty when the scale is 0
     */
    public static OptionalDouble mase(double[] insample, double[] actual, double[] forecast, int lag) {
        checkLengths(actual, forecast, lag);
        double scale = 0;
        for (int t = lag; t < insample.length; t++) {
            scale += Math.abs(insample[t] - insample[t - lag]);
        }
        if (scale == 0) {
            return OptionalDouble.empty();
        }
        scale /= insample.length - lag;
        double error = 0;
        for (int t = 0; t < actual.length; t++) {
            error += Math.abs(actual[t] - forecast[t]);
        }
        return OptionalDouble.of(error / actual.length / scale);
    }

    /**
     * @param insample the history the forecast was made from, in units per day
     * @param actual   what happened on the test days
     * @param forecast what was forecast for them, same length
     * @param lag      the naive method's lag in days
     * @return the RMSSE, or empty when the scale is 0
     */
    public static OptionalDouble rmsse(double[] insample, double[] actual, double[] forecast, int lag) {
        checkLengths(actual, forecast, lag);
        double scale = 0;
        for (int t = lag; t < insample.length; t++) {
            double d = insample[t] - insample[t - lag];
            scale += d * d;
        }
        if (scale == 0) {
            return OptionalDouble.empty();
        }
        scale /= insample.length - lag;
        double error = 0;
        for (int t = 0; t < actual.length; t++) {
            double e = actual[t] - forecast[t];
            error += e * e;
        }
        return OptionalDouble.of(Math.sqrt(error / actual.length / scale));
    }

    private static void checkLengths(double[] actual, double[] forecast, int lag) {
        if (actual.length == 0 || actual.length != forecast.length) {
            throw new IllegalArgumentException("need as many forecasts as actuals, at least one; got " + forecast.length
                    + " and " + actual.length);
        }
        if (lag < 1) {
            throw new IllegalArgumentException("lag must be ≥ 1, got " + lag);
        }
    }
}
