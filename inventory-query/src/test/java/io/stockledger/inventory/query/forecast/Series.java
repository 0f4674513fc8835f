package io.stockledger.inventory.query.forecast;

import java.time.LocalDate;
import java.util.Arrays;

/** Synthetic demand series for the tests. */
final class Series {

    /** A Monday. */
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    private Series() {
    }

    /** @return {@code pattern} repeated until {@code days} days */
    static double[] repeat(int days, double... pattern) {
        double[] y = new double[days];
        for (int t = 0; t < days; t++) {
            y[t] = pattern[t % pattern.length];
        }
        return y;
    }

    /** @return the arrays one after the other */
    static double[] concat(double[] first, double[] second) {
        double[] y = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, y, first.length, second.length);
        return y;
    }

    /** @return the series of the values from {@link #START} */
    static DemandSeries of(double[] y) {
        return DemandSeries.of(START, y);
    }
}
