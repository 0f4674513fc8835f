package io.stockledger.inventory.query.demand;

import java.time.LocalDate;

/**
 * The shipments and returns of one UTC day, of one stock item or summed over a SKU's warehouses.
 *
 * @param day      the UTC date
 * @param shipped  units shipped that day, ≥ 0
 * @param returned units returned that day, ≥ 0
 */
public record DayDemand(LocalDate day, long shipped, long returned) {
}
