package io.stockledger.inventory.query.demand;

import java.time.LocalDate;

/**
 * Units to add to one row of {@code daily_demand}: the shipments and returns of one stock item on one UTC
 * day that a unit of work applies.
 *
 * @param item     the stock item
 * @param day      the UTC date
 * @param shipped  units shipped, ≥ 0
 * @param returned units returned, ≥ 0
 */
public record DayTotal(StockItemKey item, LocalDate day, long shipped, long returned) {

    /**
     * @param entry one more event of this stock item and day
     * @return the totals with its units added
     * @throws ArithmeticException when a total passes {@link Long#MAX_VALUE}
     */
    DayTotal plus(DemandEntry entry) {
        return new DayTotal(item, day, Math.addExact(shipped, entry.shipped()), Math.addExact(returned, entry.returned()));
    }
}
