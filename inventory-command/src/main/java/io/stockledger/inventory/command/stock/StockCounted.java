package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * A cycle count: staff counted the sellable units on the shelf and on hand was set to that number
 * (damaged units are counted apart).
 *
 * @param sku             SKU code
 * @param warehouse       warehouse code
 * @param countedQuantity units counted, ≥ 0
 * @param difference      counted − on hand before (the count's correction, may be 0)
 * @param reason          why the count was made, or {@code null}
 * @param occurredAt      business time
 * @param after           quantities after the count
 */
public record StockCounted(String sku, String warehouse, long countedQuantity, long difference, String reason,
                           Instant occurredAt, Balances after) implements QuantityChanged {
}
