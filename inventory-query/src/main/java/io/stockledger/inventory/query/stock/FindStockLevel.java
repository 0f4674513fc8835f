package io.stockledger.inventory.query.stock;

/**
 * Query: the level of one stock item. Answer: {@code StockLevel}, or {@code null} when unknown.
 *
 * @param sku       SKU code
 * @param warehouse warehouse code
 */
public record FindStockLevel(String sku, String warehouse) {
}
