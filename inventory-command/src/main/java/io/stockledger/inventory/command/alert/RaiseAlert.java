package io.stockledger.inventory.command.alert;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Raise an alert because its rule started to hold after a stock item event. Sent by the alerts processor, not
 * by people; raising an alert that is raised already changes nothing (a redelivered stock item event derives
 * the same id). Quantities in units of stock.
 *
 * @param alertId                the alert, derived by {@link AlertId#derive} from the raising event
 * @param stockItemId            the stock item (SKU × warehouse)
 * @param type                   which rule holds
 * @param available              available units after the raising event
 * @param threshold              the rule's limit (reorder point, max stock, or 0)
 * @param suggestedOrderQuantity units to order, or {@code null} without a reorder policy
 * @param occurredAt             business time of the raising event
 * @throws InvalidValueException when a part is missing
 */
public record RaiseAlert(@TargetAggregateIdentifier AlertId alertId, StockItemId stockItemId, AlertType type,
                         long available, long threshold, Long suggestedOrderQuantity, Instant occurredAt) {

    public RaiseAlert {
        if (alertId == null || stockItemId == null || type == null || occurredAt == null) {
            throw new InvalidValueException("alertId", "alert id, stock item, type and time are required");
        }
    }
}
