package io.stockledger.inventory.query.forecast;

/**
 * The day-of-week average baseline: each day ahead is forecast by the mean demand of the same day of the
 * week over the last {@value #WINDOW} days of the history (all of it when shorter). This is the mean
 * method of Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., §5.2, applied
 * per day of the week; its error variance relative to the one-step one is 1 + 1/T for a mean of T days
 * (FPP3 §5.5).
 */
public final class DayOfWeekAverage implements ForecastMethod {

    /** The window, in days. */
    public static final int WINDOW = 90;
    private static final int WEEK = 7;

    @Override
    public String name() {
        return "DOW-90";
    }

    /** @return one week, so that every day of the week has a value */
    @Override
    public int minimumHistory() {
        return WEEK;
    }

    @Override
    public Fit fit(double[] history, int horizon) {
        Histories.check(this, history, horizon);
        int n = history.length;
        double[] fitted = Histories.unfitted(n);
        for (int t = WEEK; t < n; t++) {
            fitted[t] = sameWeekdayMean(history, t, t)[0];
        }
        double[] point = new double[horizon];
        double[] spread = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            double[] meanAndCount = sameWeekdayMean(history, n, n + h - 1);
            point[h - 1] = meanAndCount[0];
            spread[h - 1] = Math.sqrt(1 + 1 / meanAndCount[1]);
        }
        return new Fit(fitted, point, spread);
    }

    /**
     * @param y   the history
     * @param end the first day not to use
     * @param day the day to forecast, ≥ end
     * @return the mean of the days in [end − WINDOW, end) on the same day of the week as {@code day}, and
     *         how many there are
     */
    private static double[] sameWeekdayMean(double[] y, int end, int day) {
        int from = Math.max(0, end - WINDOW);
        int first = from + Math.floorMod(day - from, WEEK);
        double sum = 0;
        int count = 0;
        for (int t = first; t < end; t += WEEK) {
            sum += y[t];
            count++;
        }
        return new double[] {sum / count, count};
    }
}
