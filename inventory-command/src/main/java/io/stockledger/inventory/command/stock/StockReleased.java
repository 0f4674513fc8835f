package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * A reservation's hold was dropped: the units are available again.
 *
 * @param sku           SKU code
 * @param warehouse     warehouse code
 * @param reservationId the reservation whose hold ended
 * @param quantity      units released, ≥ 1
 * @param reason        {@code RELEASED} (on request) or {@code EXPIRED}
 * @param occurredAt    business time
 * @param after         quantities after the release
 */
public record StockReleased(String sku, String warehouse, String reservationId, long quantity, String reason,
                            Instant occurredAt, Balances after) implements QuantityChanged {
}
