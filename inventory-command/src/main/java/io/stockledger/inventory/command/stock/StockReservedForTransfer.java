package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * Available units at a transfer's source were held for it (on hand unchanged, reserved up).
 *
 * @param sku        SKU code
 * @param warehouse  source warehouse code
 * @param transferId the transfer holding them
 * @param quantity   units held, ≥ 1
 * @param occurredAt business time
 * @param after      quantities after the hold
 */
public record StockReservedForTransfer(String sku, String warehouse, String transferId, long quantity,
                                       Instant occurredAt, Balances after) implements QuantityChanged {
}
