package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.ClientReference;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Record a customer return: sellable units go on hand, damaged ones to damaged.
 *
 * @param stockItemId SKU × warehouse
 * @param quantity    units returned
 * @param orderId     the order they came from, or {@code null}
 * @param condition   sellable or damaged
 * @param occurredAt  business time
 */
public record ReturnStock(@TargetAggregateIdentifier StockItemId stockItemId, Quantity quantity, String orderId,
                          ReturnCondition condition, Instant occurredAt) {

    public ReturnStock {
        ClientReference.check("orderId", orderId, false);
        if (condition == null) {
            throw new InvalidValueException("condition", "condition must be SELLABLE or DAMAGED");
        }
    }
}
