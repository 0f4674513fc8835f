package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * Available units were promised to a reservation (on hand unchanged, reserved up).
 *
 * @param sku           SKU code
 * @param warehouse     warehouse code
 * @param reservationId the reservation holding them
 * @param quantity      units held, ≥ 1
 * @param occurredAt    business time
 * @param after         quantities after the hold
 */
public record StockReserved(String sku, String warehouse, String reservationId, long quantity, Instant occurredAt,
                            Balances after) implements QuantityChanged {
}
