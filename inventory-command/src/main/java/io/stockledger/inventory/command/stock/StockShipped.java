package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * Units left the warehouse for a customer: they leave on hand, and the reservation's hold (when there is
 * one) leaves reserved.
 *
 * @param sku           SKU code
 * @param warehouse     warehouse code
 * @param reservationId the reservation consumed
 * @param quantity      units shipped, ≥ 1
 * @param occurredAt    business time
 * @param after         quantities after the shipment
 */
public record StockShipped(String sku, String warehouse, String reservationId, long quantity, Instant occurredAt,
                           Balances after) implements QuantityChanged {
}
