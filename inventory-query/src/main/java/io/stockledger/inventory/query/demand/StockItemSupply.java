package io.stockledger.inventory.query.demand;

/**
 * What one stock item holds and how it is replenished, from {@code stock_level}.
 *
 * @param warehouse       warehouse code
 * @param available       units on hand − reserved
 * @param inTransit       units on their way to it
 * @param leadTimeDays    the reorder policy's lead time in days, or {@code null} without a policy
 * @param reorderQuantity the reorder policy's reorder quantity in units, or {@code null} without a policy
 */
public record StockItemSupply(String warehouse, long available, long inTransit, Integer leadTimeDays,
                              Long reorderQuantity) {
}
