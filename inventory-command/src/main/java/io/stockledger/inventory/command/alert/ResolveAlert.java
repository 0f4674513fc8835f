package io.stockledger.inventory.command.alert;

import io.stockledger.inventory.command.common.InvalidValueException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Resolve an alert because its rule no longer holds after a stock item event. Sent by the alerts processor;
 * resolving a resolved alert changes nothing.
 *
 * @param alertId    the alert
 * @param available  available units (on hand − reserved) the last time the rule held
 * @param occurredAt business time of the resolving event
 * @throws InvalidValueException when a part is missing
 */
public record ResolveAlert(@TargetAggregateIdentifier AlertId alertId, long available, Instant occurredAt) {

    public ResolveAlert {
        if (alertId == null || occurredAt == null) {
            throw new InvalidValueException("alertId", "alert id and time are required");
        }
    }
}
