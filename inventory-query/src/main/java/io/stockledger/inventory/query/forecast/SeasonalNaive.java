package io.stockledger.inventory.query.forecast;

/**
 * The seasonal naive baseline: each day ahead is forecast by the same day of the week in the last week of
 * the history (Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., §5.2). Its
 * h-step error variance relative to the one-step one is k + 1, k = ⌊(h − 1)/7⌋ (FPP3 §5.5).
 */
public final class SeasonalNaive implements ForecastMethod {

    private static final int WEEK = 7;

    @Override
    public String name() {
        return "SNaive";
    }

    /** @return one week */
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
            fitted[t] = history[t - WEEK];
        }
        double[] point = new double[horizon];
        double[] spread = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            point[h - 1] = history[n - WEEK + (h - 1) % WEEK];
            spread[h - 1] = Math.sqrt((h - 1) / WEEK + 1);
        }
        return new Fit(fitted, point, spread);
    }
}
