package io.stockledger.inventory.query.forecast;

/**
 * Exponential smoothing with additive weekly seasonality and no trend, ETS(A,N,A): Hyndman, R. J. &amp;
 * Athanasopoulos, G. (2021), <i>Forecasting: Principles and Practice</i>, 3rd ed., OTexts, §8.3 (the
 * Holt-Winters additive method without trend) and §8.7 (forecast variance).
 * <p>
 * With level ℓ, a seasonal term s per day of the week (period m = 7) and the one-step error
 * e<sub>t</sub> = y<sub>t</sub> − ℓ<sub>t−1</sub> − s<sub>t−m</sub>:
 * ℓ<sub>t</sub> = ℓ<sub>t−1</sub> + α·e<sub>t</sub>, s<sub>t</sub> = s<sub>t−m</sub> + γ·e<sub>t</sub>; the forecast of
 * day T + h is ℓ<sub>T</sub> + s<sub>T+h−m(k+1)</sub> with k = ⌊(h − 1)/m⌋, floored at 0 units. The
 * h-step error variance relative to the one-step one is 1 + α²(h − 1) + γk(2α + γ) (FPP3 §8.7).
 * <p>
 * No trend: over a few weeks the level of retail demand moves more than any trend can be extrapolated,
 * and a trend makes the 28-day forecast fragile. Initial states by a simple heuristic from the first two
 * weeks: ℓ₀ = their mean, the seasonal term of each day of the week = its mean over the two weeks − ℓ₀.
 * Those two weeks get no fitted value. α and γ are chosen from a small grid
 * ({@link #ALPHAS} × {@link #GAMMAS}) by the least mean squared one-step in-sample error, ties to the
 * first; the grid keeps γ ≤ 1 − α (the usual admissible region).
 */
public final class SeasonalExponentialSmoothing implements ForecastMethod {

    /** The seasonal period: one week of days. */
    public static final int PERIOD = 7;
    /** Candidate level smoothing constants, in order of preference on ties. */
    static final double[] ALPHAS = {0.1, 0.05, 0.02, 0.2, 0.3, 0.5};
    /** Candidate seasonal smoothing constants, in order of preference on ties. */
    static final double[] GAMMAS = {0.05, 0.01, 0, 0.1, 0.2};

    private final double[] alphas;
    private final double[] gammas;

    private SeasonalExponentialSmoothing(double[] alphas, double[] gammas) {
        this.alphas = alphas;
        this.gammas = gammas;
    }

    /** @return the method with α and γ chosen per series from the grid */
    public static SeasonalExponentialSmoothing optimised() {
        return new SeasonalExponentialSmoothing(ALPHAS, GAMMAS);
    }

    /**
     * @param alpha level smoothing constant, in (0, 1]
     * @param gamma seasonal smoothing constant, in [0, 1 − α]
     * @return the method with fixed smoothing constants
     */
    public static SeasonalExponentialSmoothing withParameters(double alpha, double gamma) {
        if (!(alpha > 0 && alpha <= 1) || !(gamma >= 0 && gamma <= 1 - alpha)) {
            throw new IllegalArgumentException("need 0 < alpha ≤ 1 and 0 ≤ gamma ≤ 1 − alpha, got " + alpha + ", " + gamma);
        }
        return new SeasonalExponentialSmoothing(new double[] {alpha}, new double[] {gamma});
    }

    @Override
    public String name() {
        return "ETS(A,N,A)";
    }

    /** @return two weeks, to initialise the level and the seasonal terms */
    @Override
    public int minimumHistory() {
        return 2 * PERIOD;
    }

    @Override
    public Fit fit(double[] history, int horizon) {
        Histories.check(this, history, horizon);
        Fit best = null;
        double bestMse = Double.POSITIVE_INFINITY;
        for (double a : alphas) {
            for (double g : gammas) {
                Fit candidate = fit(history, horizon, a, g);
                double mse = meanSquare(candidate.residuals(history));
                if (best == null || mse < bestMse) {
                    best = candidate;
                    bestMse = mse;
                }
            }
        }
        return best;
    }

    private static Fit fit(double[] y, int horizon, double alpha, double gamma) {
        int m = PERIOD;
        double level = 0;
        for (int t = 0; t < 2 * m; t++) {
            level += y[t];
        }
        level /= 2 * m;
        double[] season = new double[m];
        for (int j = 0; j < m; j++) {
            season[j] = (y[j] + y[j + m]) / 2 - level;
        }
        double[] fitted = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            int j = t % m;
            fitted[t] = t < 2 * m ? Double.NaN : Math.max(0, level + season[j]);
            double error = y[t] - level - season[j];
            level += alpha * error;
            season[j] += gamma * error;
        }
        double[] point = new double[horizon];
        double[] spread = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            int k = (h - 1) / m;
            point[h - 1] = Math.max(0, level + season[(y.length + h - 1) % m]);
            spread[h - 1] = Math.sqrt(1 + alpha * alpha * (h - 1) + gamma * k * (2 * alpha + gamma));
        }
        return new Fit(fitted, point, spread);
    }

    private static double meanSquare(double[] errors) {
        double sum = 0;
        for (double e : errors) {
            sum += e * e;
        }
        return errors.length == 0 ? Double.NaN : sum / errors.length;
    }
}
