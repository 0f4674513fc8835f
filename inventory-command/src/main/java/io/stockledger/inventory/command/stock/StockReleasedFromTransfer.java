package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * A cancelled transfer's hold at its source was dropped (reserved down).
 *
 * @param sku        SKU code
 * @param warehouse  source warehouse code
 * @param transferId the cancelled transfer
 * @param quantity   units no longer held, ≥ 1
 * @param occurredAt business time
 * @param after      quantities after the release
 */
public record StockReleasedFromTransfer(String sku, String warehouse, String transferId, long quantity,
                                        Instant occurredAt, Balances after) implements QuantityChanged {
}
