package io.stockledger.inventory.query.demand;

/**
 * One stock item (a SKU in a warehouse) as the demand projection keys it: plain codes, already validated by
 * the command side that wrote the events.
 *
 * @param sku       SKU code
 * @param warehouse warehouse code
 */
public record StockItemKey(String sku, String warehouse) {
}
