package io.stockledger.inventory.command.alert;

import java.time.Instant;

/**
 * An alert's rule stopped holding: the alert is {@code RESOLVED}, by itself (never by a person).
 *
 * @param alertId    the alert's id
 * @param sku        SKU code
 * @param warehouse  warehouse code
 * @param type       the alert's type
 * @param available  available units (on hand − reserved) the last time the rule held: the alert's final figure
 * @param occurredAt business time of the stock item event that cleared the condition
 */
public record AlertResolved(String alertId, String sku, String warehouse, AlertType type, long available,
                            Instant occurredAt) implements AlertEvent {
}
