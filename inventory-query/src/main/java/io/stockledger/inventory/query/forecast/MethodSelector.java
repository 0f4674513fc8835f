package io.stockledger.inventory.query.forecast;

/**
 * Chooses the forecast method for a series by its demand category (Syntetos, Boylan &amp; Croston 2005, see
 * {@link DemandClass}), over its history from the first day with demand:
 * <ul>
 *   <li>smooth → {@link SeasonalExponentialSmoothing ETS(A,N,A)}: demand on most days, so the weekly
 *       pattern can be learnt and is worth forecasting;</li>
 *   <li>erratic, intermittent, lumpy → {@link Tsb TSB}: days without demand make a seasonal model chase
 *       zeros. TSB rather than SBA because it is unbiased too and, updating its probability of demand
 *       every day, lets the forecast of an item that stopped selling fall towards 0, while Croston and SBA
 *       keep forecasting its old rate for ever: a seasonal gift-ware catalogue has many such items;</li>
 *   <li>fewer than {@value #MIN_HISTORY_DAYS} days since the first demand, or no demand at all →
 *       {@link MeanForecast Mean}: too little to learn a weekly pattern or a smoothed rate from.</li>
 * </ul>
 */
public final class MethodSelector {

    /** The shortest history, in days from the first demand, that gets a method other than the mean. */
    public static final int MIN_HISTORY_DAYS = 28;

    private final ForecastMethod smooth = SeasonalExponentialSmoothing.optimised();
    private final ForecastMethod intermittent = new Tsb();
    private final ForecastMethod fallback = new MeanForecast();

    /**
     * @param history daily demand
     * @return the method for it
     */
    public ForecastMethod select(DemandSeries history) {
        DemandSeries selling = history.sinceFirstDemand();
        if (selling.length() < MIN_HISTORY_DAYS) {
            return fallback;
        }
        return switch (DemandProfile.of(selling).demandClass()) {
            case SMOOTH -> smooth;
            case ERRATIC, INTERMITTENT, LUMPY -> intermittent;
            case NO_DEMAND -> fallback;
        };
    }
}
