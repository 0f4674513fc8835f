package io.stockledger.inventory.query.stock;

/**
 * Query: stock levels ordered by SKU then warehouse, optionally of one warehouse and one status.
 * Answer: {@code StockLevelPage}.
 *
 * @param warehouse warehouse code or {@code null} for all
 * @param status    status or {@code null} for all
 * @param page      zero-based page
 * @param size      rows per page, 1 … 500
 */
public record ListStockLevels(String warehouse, StockStatus status, int page, int size) {
}
