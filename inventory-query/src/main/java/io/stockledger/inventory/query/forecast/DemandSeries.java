package io.stockledger.inventory.query.forecast;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The daily demand of one SKU or stock item: units of stock per calendar day, one value per day from
 * {@link #start()}, oldest first. Every calendar day is present: a day without sales, a closed day or a
 * holiday is a day of demand 0, not a gap.
 * <p>
 * Demand is what was shipped net of what came back the same day, floored at 0 per day
 * ({@link #netOf}): a day whose returns exceed its shipments has demand 0, because a return restocks
 * units but is not a negative sale, and negative values would break the methods for intermittent demand,
 * which model demand sizes as positive. Immutable.
 */
public final class DemandSeries {

    private final LocalDate start;
    private final double[] units;

    private DemandSeries(LocalDate start, double[] units) {
        if (start == null) {
            throw new IllegalArgumentException("start is required");
        }
        for (int day = 0; day < units.length; day++) {
            if (!(units[day] >= 0) || Double.isInfinite(units[day])) {
                throw new IllegalArgumentException("demand of day " + day + " is " + units[day] + ", not finite and ≥ 0");
            }
        }
        this.start = start;
        this.units = units;
    }

    /**
     * @param start the date of the first value
     * @param units demand per day in units of stock, each finite and ≥ 0 (copied)
     * @return the series
     */
    public static DemandSeries of(LocalDate start, double[] units) {
        return new DemandSeries(start, units.clone());
    }

    /**
     * @param start the date of the first value
     * @param units demand per day in units of stock, each ≥ 0
     * @return the series
     */
    public static DemandSeries ofUnits(LocalDate start, long... units) {
        return new DemandSeries(start, Arrays.stream(units).asDoubleStream().toArray());
    }

    /**
     * @param start    the date of the first day
     * @param shipped  units shipped per day, ≥ 0
     * @param returned units returned per day, ≥ 0, same length
     * @return demand per day: shipped − returned, floored at 0
     */
    public static DemandSeries netOf(LocalDate start, long[] shipped, long[] returned) {
        if (shipped.length != returned.length) {
            throw new IllegalArgumentException("shipped and returned cover " + shipped.length + " and "
                    + returned.length + " days");
        }
        double[] net = new double[shipped.length];
        for (int day = 0; day < net.length; day++) {
            net[day] = Math.max(0, shipped[day] - returned[day]);
        }
        return new DemandSeries(start, net);
    }

    /** @return the date of the first day */
    public LocalDate start() {
        return start;
    }

    /** @return the number of days */
    public int length() {
        return units.length;
    }

    /** @return the date of the day after the last one: the first day a forecast covers */
    public LocalDate end() {
        return start.plusDays(units.length);
    }

    /** @return the demand of day {@code day} (0-based) in units */
    public double units(int day) {
        return units[day];
    }

    /** @return a copy of the values, oldest first */
    public double[] values() {
        return units.clone();
    }

    /** @return the total demand in units */
    public double total() {
        return Arrays.stream(units).sum();
    }

    /** @return the number of days with demand &gt; 0 */
    public int demandDays() {
        return (int) Arrays.stream(units).filter(u -> u > 0).count();
    }

    /**
     * @param days how many days to keep, 0 ≤ days ≤ {@link #length()}
     * @return the first {@code days} days, as a copy that shares nothing with this series
     */
    public DemandSeries head(int days) {
        if (days < 0 || days > units.length) {
            throw new IllegalArgumentException("cannot take " + days + " of " + units.length + " days");
        }
        return new DemandSeries(start, Arrays.copyOf(units, days));
    }

    /**
     * @param from first day to keep (0-based), 0 ≤ from ≤ {@link #length()}
     * @return the days from {@code from} on, as a copy
     */
    public DemandSeries from(int from) {
        if (from < 0 || from > units.length) {
            throw new IllegalArgumentException("cannot start at day " + from + " of " + units.length);
        }
        return new DemandSeries(start.plusDays(from), Arrays.copyOfRange(units, from, units.length));
    }

    /**
     * Drops the days before the first sale: a SKU that was not yet on sale had no demand to learn from.
     *
     * @return the series from its first day with demand; empty (starting at {@link #end()}) when there is none
     */
    public DemandSeries sinceFirstDemand() {
        int first = 0;
        while (first < units.length && units[first] == 0) {
            first++;
        }
        return first == 0 ? this : from(first);
    }

    @Override
    public String toString() {
        return "DemandSeries[" + start + ", " + units.length + " days, " + total() + " units]";
    }
}
