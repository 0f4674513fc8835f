package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.ClientReference;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Record a cycle count: set on hand to the counted sellable units. Refused when the count is below
 * reserved (the holds must be released first).
 *
 * @param stockItemId     SKU × warehouse
 * @param countedQuantity units counted, 0 … 10⁹
 * @param reason          why, or {@code null}
 * @param occurredAt      business time
 */
public record CountStock(@TargetAggregateIdentifier StockItemId stockItemId, long countedQuantity, String reason,
                         Instant occurredAt) {

    public CountStock {
        if (countedQuantity < 0 || countedQuantity > 1_000_000_000L) {
            throw new InvalidValueException("countedQuantity", "countedQuantity must be between 0 and 1000000000");
        }
        ClientReference.check("reason", reason, false);
    }
}
