package io.stockledger.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/** Small statistics and timing helpers. */
final class Stats {

    private Stats() {
    }

    /**
     * @param values   samples (not modified)
     * @param quantile between 0 and 1
     * @return the nearest-rank quantile of the samples, or NaN when there are none
     */
    static double quantile(long[] values, double quantile) {
        if (values.length == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * Runs {@code action} {@code repeats} times and returns the median duration.
     *
     * @param action   the work to time; returns a count that must equal {@code expected} each time
     * @param expected the count each run must return (guards against timing an incomplete read)
     * @return the median duration in nanoseconds
     */
    static long medianNanos(int repeats, long expected, LongSupplier action) {
        long[] durations = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            long began = System.nanoTime();
            long count = action.getAsLong();
            durations[i] = System.nanoTime() - began;
            if (count != expected) {
                throw new IllegalStateException("expected " + expected + " events, read " + count);
            }
        }
        return (long) quantile(durations, 0.5);
    }
}
