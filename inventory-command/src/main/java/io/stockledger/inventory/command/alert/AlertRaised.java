package io.stockledger.inventory.command.alert;

import java.time.Instant;

/**
 * An alert rule started to hold for a stock item: the alert is {@code OPEN}. Quantities in units of stock.
 *
 * @param alertId                the alert's id, derived from stock item, type and the raising stock item event
 * @param sku                    SKU code
 * @param warehouse              warehouse code
 * @param type                   which rule holds
 * @param available              available units (on hand − reserved) after the raising event
 * @param threshold              the limit the rule compares with: the reorder point for {@code LOW_STOCK}, max
 *                               stock for {@code OVERSTOCK}, 0 for {@code OUT_OF_STOCK}
 * @param suggestedOrderQuantity units to order then; 0 for {@code OVERSTOCK}; {@code null} without a reorder
 *                               policy
 * @param occurredAt             business time of the stock item event that raised it
 */
public record AlertRaised(String alertId, String sku, String warehouse, AlertType type, long available,
                          long threshold, Long suggestedOrderQuantity, Instant occurredAt) implements AlertEvent {
}
