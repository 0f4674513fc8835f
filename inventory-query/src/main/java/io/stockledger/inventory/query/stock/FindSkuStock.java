package io.stockledger.inventory.query.stock;

/**
 * Query: a SKU's levels in every warehouse with totals. Answer: {@link SkuStock}, or {@code null} when
 * the SKU has no stock item.
 *
 * @param sku SKU code
 */
public record FindSkuStock(String sku) {
}
