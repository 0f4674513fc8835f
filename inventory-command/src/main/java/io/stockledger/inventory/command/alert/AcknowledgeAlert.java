package io.stockledger.inventory.command.alert;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Acknowledge an alert: a person has seen it and is acting on it. Acknowledging an alert twice records it
 * once (the first time counts); a resolved alert refuses it ({@link AlertNotOpenException}).
 *
 * @param alertId     the alert
 * @param stockItemId the alert's stock item (SKU × warehouse)
 * @param type        the alert's type
 * @param occurredAt  business time
 * @throws InvalidValueException when a part is missing
 */
public record AcknowledgeAlert(@TargetAggregateIdentifier AlertId alertId, StockItemId stockItemId, AlertType type,
                               Instant occurredAt) {

    public AcknowledgeAlert {
        if (alertId == null || stockItemId == null || type == null || occurredAt == null) {
            throw new InvalidValueException("alertId", "alert id, stock item, type and time are required");
        }
    }
}
