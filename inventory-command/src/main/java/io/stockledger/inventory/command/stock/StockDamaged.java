package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * Units on hand were found damaged and moved to quarantine (on hand → damaged).
 *
 * @param sku        SKU code
 * @param warehouse  warehouse code
 * @param quantity   units moved, ≥ 1
 * @param reason     why, as recorded by staff
 * @param occurredAt business time
 * @param after      quantities after the move
 */
public record StockDamaged(String sku, String warehouse, long quantity, String reason, Instant occurredAt,
                           Balances after) implements QuantityChanged {
}
