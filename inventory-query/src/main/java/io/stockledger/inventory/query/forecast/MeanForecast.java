package io.stockledger.inventory.query.forecast;

/**
 * The fallback for histories too short or too sparse for the other methods: every day ahead is forecast
 * by the mean daily demand of the whole history, the mean method of Hyndman &amp; Athanasopoulos,
 * <i>Forecasting: Principles and Practice</i>, 3rd ed., §5.2. Its one-step in-sample forecasts are the means
 * of the days before; its error variance relative to the one-step one is 1 + 1/T for T days (FPP3 §5.5).
 */
public final class MeanForecast implements ForecastMethod {

    @Override
    public String name() {
        return "Mean";
    }

    /** @return 0: an empty history forecasts no demand */
    @Override
    public int minimumHistory() {
        return 0;
    }

    @Override
    public Fit fit(double[] history, int horizon) {
        Histories.check(this, history, horizon);
        double[] fitted = Histories.unfitted(history.length);
        double sum = 0;
        for (int t = 0; t < history.length; t++) {
            if (t > 0) {
                fitted[t] = sum / t;
            }
            sum += history[t];
        }
        int n = history.length;
        return new Fit(fitted, Histories.filled(horizon, n == 0 ? 0 : sum / n),
                Histories.filled(horizon, n == 0 ? 1 : Math.sqrt(1 + 1.0 / n)));
    }
}
