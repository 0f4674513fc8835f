package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * On hand was corrected by a signed amount (write-off, found stock, system correction).
 *
 * @param sku        SKU code
 * @param warehouse  warehouse code
 * @param delta      units added (positive) or removed (negative), never 0
 * @param reason     why, as recorded by staff
 * @param occurredAt business time
 * @param after      quantities after the adjustment
 */
public record StockAdjusted(String sku, String warehouse, long delta, String reason, Instant occurredAt,
                            Balances after) implements QuantityChanged {
}
