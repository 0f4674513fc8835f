package io.stockledger.inventory.query.stock;

import io.stockledger.inventory.command.stock.StockLevel;

import java.util.List;

/**
 * One page of stock levels.
 *
 * @param items the levels of this page
 * @param page  zero-based page number
 * @param size  page size asked for
 * @param total levels in the whole list
 */
public record StockLevelPage(List<StockLevel> items, int page, int size, long total) {
}
