package io.stockledger.inventory.query.alert;

/**
 * The parts of a stock item's reorder policy that the alert rules use, in units of stock.
 *
 * @param reorderPoint    available units at or below which stock is low
 * @param reorderQuantity units ordered each time, ≥ 1
 * @param maxStock        on hand above which stock is excessive, or {@code null} for no limit
 */
record AlertThresholds(long reorderPoint, long reorderQuantity, Long maxStock) {
}
