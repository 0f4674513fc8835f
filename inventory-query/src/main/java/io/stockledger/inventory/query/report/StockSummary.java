package io.stockledger.inventory.query.report;

import java.math.BigDecimal;

/**
 * Totals over all stock items, in units (and the currency for the value). Each part comes from its own
 * projection, so the parts may be a moment apart.
 *
 * @param skus           distinct SKUs with a stock item
 * @param stockItems     stock items (SKU × warehouse)
 * @param totalOnHand    units on hand
 * @param totalReserved  units reserved
 * @param totalAvailable units available (on hand − reserved)
 * @param stockValue     value of the units on hand at weighted average cost, scale 2 (units without a known
 *                       cost add nothing)
 * @param lowStock       unresolved (OPEN or ACKNOWLEDGED) LOW_STOCK alerts
 * @param outOfStock     unresolved OUT_OF_STOCK alerts
 * @param overstock      unresolved OVERSTOCK alerts
 */
public record StockSummary(long skus, long stockItems, long totalOnHand, long totalReserved, long totalAvailable,
                           BigDecimal stockValue, long lowStock, long outOfStock, long overstock) {
}
