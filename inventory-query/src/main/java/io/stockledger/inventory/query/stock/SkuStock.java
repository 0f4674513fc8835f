package io.stockledger.inventory.query.stock;

import io.stockledger.inventory.command.stock.StockLevel;

import java.util.List;

/**
 * A SKU across warehouses.
 *
 * @param sku        SKU code
 * @param total      sums over the warehouses
 * @param warehouses one level per warehouse that has the SKU, ordered by warehouse code
 */
public record SkuStock(String sku, Totals total, List<StockLevel> warehouses) {
}
