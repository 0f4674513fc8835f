package io.stockledger.inventory.query.forecast;

/**
 * TSB, for intermittent demand that may die out: Teunter, R. H., Syntetos, A. A. &amp; Babai, M. Z.
 * (2011), "Intermittent demand: Linking forecasting to inventory obsolescence", European Journal of
 * Operational Research 214(3), 606–615.
 * <p>
 * The probability π that a day has demand is smoothed every day (towards 1 on a day with demand, towards
 * 0 on a day without, constant β); the size z of the non-zero demands is smoothed on days with demand
 * (constant α). The forecast of demand per day is π·z, the same for every day ahead. Unlike Croston's
 * method it is unbiased and it decays during a run of days without demand, so an item that stopped
 * selling stops being forecast.
 * <p>
 * Initial values are the history's own averages: π₀ = days with demand / days, z₀ = the mean non-zero
 * demand. α = β = 0.1, fixed (see {@link Croston} for why not fitted). The forecast error is assumed not
 * to grow with the horizon (spread 1).
 */
public final class Tsb implements ForecastMethod {

    /** The default smoothing constants. */
    public static final double DEFAULT_ALPHA = 0.1;
    public static final double DEFAULT_BETA = 0.1;

    private final double alpha;
    private final double beta;

    /** TSB with α = β = 0.1. */
    public Tsb() {
        this(DEFAULT_ALPHA, DEFAULT_BETA);
    }

    /**
     * @param alpha smoothing constant for demand sizes, in (0, 1]
     * @param beta  smoothing constant for the probability of demand, in (0, 1]
     */
    public Tsb(double alpha, double beta) {
        if (!(alpha > 0 && alpha <= 1) || !(beta > 0 && beta <= 1)) {
            throw new IllegalArgumentException("alpha and beta must be in (0, 1], got " + alpha + " and " + beta);
        }
        this.alpha = alpha;
        this.beta = beta;
    }

    @Override
    public String name() {
        return "TSB";
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
        double probability = (double) demandDays / history.length;
        double size = sizes / demandDays;
        for (int t = 0; t < history.length; t++) {
            fitted[t] = probability * size;
            if (history[t] > 0) {
                probability += beta * (1 - probability);
                size += alpha * (history[t] - size);
            } else {
                probability -= beta * probability;
            }
        }
        return new Fit(fitted, Histories.filled(horizon, probability * size), Histories.filled(horizon, 1));
    }
}
