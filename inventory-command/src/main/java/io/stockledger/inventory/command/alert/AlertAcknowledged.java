package io.stockledger.inventory.command.alert;

import java.time.Instant;

/**
 * A person acknowledged an alert: they have seen it and are acting on it.
 *
 * @param alertId    the alert's id (see {@link AlertId})
 * @param sku        SKU code of the alert's stock item
 * @param warehouse  warehouse code of the alert's stock item
 * @param type       the alert's type
 * @param occurredAt business time of the acknowledgement
 */
public record AlertAcknowledged(String alertId, String sku, String warehouse, AlertType type, Instant occurredAt)
        implements AlertEvent {
}
