package io.stockledger.inventory.query.stock;

/**
 * Quantities of a SKU summed over its warehouses, in units of stock.
 *
 * @param onHand    on hand
 * @param reserved  reserved
 * @param available on hand − reserved
 * @param inTransit in transit
 * @param damaged   damaged
 */
public record Totals(long onHand, long reserved, long available, long inTransit, long damaged) {
}
