package io.stockledger.inventory.command.alert;

import java.time.Instant;

/**
 * An event of an {@link Alert}: raised, acknowledged or resolved. Each names the alert's stock item, so that
 * consumers can order an alert's events with the stock item's own (the alerts projection, the stream, the
 * webhooks).
 */
public interface AlertEvent {

    /** @return the alert's id (see {@link AlertId}) */
    String alertId();

    /** @return SKU code of the alert's stock item */
    String sku();

    /** @return warehouse code of the alert's stock item */
    String warehouse();

    /** @return the alert's type */
    AlertType type();

    /** @return business time of the change */
    Instant occurredAt();
}
