package io.stockledger.inventory.query.forecast;

/**
 * How intermittent and how variable a demand series is.
 * <p>
 * ADI is the number of days in the history divided by the number of days with demand (the mean interval
 * between demands, counting the days after the last one); CV² is the population variance of the
 * non-zero daily demands divided by their squared mean. Both are over calendar days, so a shop closed one
 * day a week has ADI ≥ 7/6 even for an item sold every trading day.
 *
 * @param days       days in the history
 * @param demandDays days with demand &gt; 0
 * @param adi        average inter-demand interval in days, {@code Infinity} without demand
 * @param cv2        squared coefficient of variation of the non-zero demands, {@code NaN} without demand
 */
public record DemandProfile(int days, int demandDays, double adi, double cv2) {

    /**
     * @param series the history
     * @return its profile
     */
    public static DemandProfile of(DemandSeries series) {
        int n = series.length();
        int k = 0;
        double sum = 0;
        double sumOfSquares = 0;
        for (int day = 0; day < n; day++) {
            double y = series.units(day);
            if (y > 0) {
                k++;
                sum += y;
                sumOfSquares += y * y;
            }
        }
        if (k == 0) {
            return new DemandProfile(n, 0, Double.POSITIVE_INFINITY, Double.NaN);
        }
        double mean = sum / k;
        double variance = Math.max(0, sumOfSquares / k - mean * mean);
        return new DemandProfile(n, k, (double) n / k, variance / (mean * mean));
    }

    /** @return the category by the cut-offs of Syntetos, Boylan &amp; Croston (2005) */
    public DemandClass demandClass() {
        return DemandClass.of(adi, cv2);
    }
}
