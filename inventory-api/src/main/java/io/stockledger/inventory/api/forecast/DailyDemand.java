package io.stockledger.inventory.api.forecast;

import io.stockledger.inventory.api.replay.RetailLog;
import io.stockledger.inventory.query.forecast.DemandSeries;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The daily demand of every product SKU in a retail log, over the log's calendar: every day from the first
 * to the last invoice day (UK dates), days without trading — Saturdays, holidays — included as days of
 * demand 0. The log's shop is one warehouse, so a SKU's demand is that of its one stock item.
 * <p>
 * The demand of a SKU on a day is the units on that day's orders (positive lines of invoices not starting
 * with {@code C}) net of the units on that day's cancellations ({@code C} invoices, taken as returns),
 * floored at 0 ({@link DemandSeries#netOf}). Non-product codes (postage, fees, manual lines, …) and the
 * negative lines of other invoices (write-offs, damages, stock corrections: no customer asked for those
 * units) are not demand.
 */
final class DailyDemand {

    private final LocalDate first;
    private final int days;
    private final Map<String, DemandSeries> bySku;

    private DailyDemand(LocalDate first, int days, Map<String, DemandSeries> bySku) {
        this.first = first;
        this.days = days;
        this.bySku = bySku;
    }

    /**
     * @param invoices the log's invoices, in any order, at least one
     * @return the demand per SKU, SKUs in code order
     */
    static DailyDemand of(List<RetailLog.Invoice> invoices) {
        if (invoices.isEmpty()) {
            throw new IllegalArgumentException("the log has no invoices");
        }
        LocalDate first = invoices.stream().map(RetailLog.Invoice::day).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = invoices.stream().map(RetailLog.Invoice::day).max(LocalDate::compareTo).orElseThrow();
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        Map<String, long[]> shipped = new HashMap<>();
        Map<String, long[]> returned = new HashMap<>();
        for (RetailLog.Invoice invoice : invoices) {
            int day = (int) ChronoUnit.DAYS.between(first, invoice.day());
            for (RetailLog.Line line : invoice.lines()) {
                if (!line.isProduct()) {
                    continue;
                }
                if (invoice.isCancellation() && line.quantity() < 0) {
                    returned.computeIfAbsent(line.stockCode(), sku -> new long[days])[day] -= line.quantity();
                    shipped.computeIfAbsent(line.stockCode(), sku -> new long[days]);
                } else if (!invoice.isCancellation() && line.quantity() > 0) {
                    shipped.computeIfAbsent(line.stockCode(), sku -> new long[days])[day] += line.quantity();
                    returned.computeIfAbsent(line.stockCode(), sku -> new long[days]);
                }
            }
        }
        Map<String, DemandSeries> bySku = new TreeMap<>();
        shipped.forEach((sku, units) -> bySku.put(sku, DemandSeries.netOf(first, units, returned.get(sku))));
        return new DailyDemand(first, days, bySku);
    }

    /** @return the first day of the calendar */
    LocalDate first() {
        return first;
    }

    /** @return the last day of the calendar */
    LocalDate last() {
        return first.plusDays(days - 1L);
    }

    /** @return the number of SKUs with any order or cancellation line */
    int skus() {
        return bySku.size();
    }

    /** @return the number of calendar days */
    int days() {
        return days;
    }

    /**
     * @param sku a SKU code
     * @return its demand over the whole calendar
     * @throws IllegalArgumentException for a SKU without any line in the log
     */
    DemandSeries series(String sku) {
        DemandSeries series = bySku.get(sku);
        if (series == null) {
            throw new IllegalArgumentException("no demand for " + sku);
        }
        return series;
    }

    /**
     * @param cutOff the first day to leave out, within the calendar or the day after it
     * @return per SKU, a copy of its days before {@code cutOff}: nothing from the cut-off on is reachable
     *         from it
     */
    Map<String, DemandSeries> before(LocalDate cutOff) {
        int keep = dayIndex(cutOff);
        Map<String, DemandSeries> training = new LinkedHashMap<>();
        bySku.forEach((sku, series) -> training.put(sku, series.head(keep)));
        return training;
    }

    /**
     * @param cutOff the first day to keep, within the calendar or the day after it
     * @return per SKU, a copy of its days from {@code cutOff} on
     */
    Map<String, DemandSeries> from(LocalDate cutOff) {
        int skip = dayIndex(cutOff);
        Map<String, DemandSeries> holdout = new LinkedHashMap<>();
        bySku.forEach((sku, series) -> holdout.put(sku, series.from(skip)));
        return holdout;
    }

    private int dayIndex(LocalDate day) {
        long index = ChronoUnit.DAYS.between(first, day);
        if (index < 0 || index > days) {
            throw new IllegalArgumentException(day + " is outside the log's calendar " + first + " … " + last());
        }
        return (int) index;
    }
}
