package io.stockledger.inventory.query.forecast;

/**
 * Croston's method and its bias-corrected variant SBA, for intermittent demand.
 * <p>
 * Croston, J. D. (1972), "Forecasting and stock control for intermittent demands", Operational Research
 * Quarterly 23(3), 289–303: the size of the non-zero demands z and the interval between them p (in days)
 * are smoothed separately, with the same α, and updated only on days with demand; the forecast of demand
 * per day is z / p, the same for every day ahead.
 * <p>
 * SBA, Syntetos, A. A. &amp; Boylan, J. E. (2005), "The accuracy of intermittent demand estimates",
 * International Journal of Forecasting 21(2), 303–314: z / p overestimates the mean demand per day;
 * multiplying it by (1 − α/2) removes most of the bias.
 * <p>
 * Initial values are the history's own averages: z₀ = the mean non-zero demand, p₀ = days / days with
 * demand. The interval before the first demand of the history is not observed (the item may have sold
 * just before the history starts, and a history from the first sale would make it 1 day), so it does not
 * update p. α is fixed at 0.1
 * (the 0.05–0.2 range is the usual one for intermittent demand, Syntetos &amp; Boylan 2005) rather than
 * fitted by in-sample squared error, which selects unstable values for intermittent series
 * (Kourentzes, N. (2014), "On intermittent demand model optimisation and selection", International
 * Journal of Production Economics 156, 180–190). The forecast error is assumed not to grow with the
 * horizon (spread 1).
 */
public final class Croston implements ForecastMethod {

    /** The default smoothing constant for sizes and intervals. */
    public static final double DEFAULT_ALPHA = 0.1;

    private final String name;
    private final double alpha;
    private final double correction;

    private Croston(String name, double alpha, double correction) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha);
        }
        this.name = name;
        this.alpha = alpha;
        this.correction = correction;
    }

    /** @return Croston's method with α = {@value #DEFAULT_ALPHA} */
    public static Croston croston() {
        return croston(DEFAULT_ALPHA);
    }

    /**
     * @param alpha smoothing constant for sizes and intervals, in (0, 1]
     * @return Croston's method (Croston 1972)
     */
    public static Croston croston(double alpha) {
        return new Croston("Croston", alpha, 1);
    }

    /** @return SBA with α = {@value #DEFAULT_ALPHA} */
    public static Croston sba() {
        return sba(DEFAULT_ALPHA);
    }

    /**
     * @param alpha smoothing constant for sizes and intervals, in (0, 1]
     * @return the Syntetos–Boylan approximation: Croston's forecast × (1 − α/2) (Syntetos &amp; Boylan 2005)
     */
    public static Croston sba(double alpha) {
        return new Croston("SBA", alpha, 1 - alpha / 2);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Fit fit(double[] history, int horizon) {
        Histories.check(this, history, horizon);
        Histories.Occurrences occurrences = Histories.occurrences(history);
        int demandDays = occurrences.days();
        double sizes = occurrences.units();
        double[] fitted = new double[history.length];
        if (demandDays == 0) {
            return new Fit(fitted, new double[horizon], Histories.filled(horizon, 1));
        }
        double size = sizes / demandDays;
        double interval = (double) history.length / demandDays;
        int daysSinceDemand = -1;
        for (int t = 0; t < history.length; t++) {
            fitted[t] = correction * size / interval;
            if (daysSinceDemand >= 0) {
                daysSinceDemand++;
            }
            if (history[t] > 0) {
                size += alpha * (history[t] - size);
                if (daysSinceDemand > 0) {
                    interval += alpha * (daysSinceDemand - interval);
                }
                daysSinceDemand = 0;
            }
        }
        return new Fit(fitted, Histories.filled(horizon, correction * size / interval), Histories.filled(horizon, 1));
    }
}
