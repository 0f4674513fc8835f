package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * A customer sent units back: sellable ones are on hand again, damaged ones are held as damaged.
 *
 * @param sku        SKU code
 * @param warehouse  warehouse code
 * @param quantity   units returned, ≥ 1
 * @param orderId    the order they came from, or {@code null}
 * @param condition  sellable or damaged
 * @param occurredAt business time
 * @param after      quantities after the return
 */
public record StockReturned(String sku, String warehouse, long quantity, String orderId, ReturnCondition condition,
                            Instant occurredAt, Balances after) implements QuantityChanged {
}
