package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.ClientReference;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Correct on hand by a signed number of units. Refused when it would leave on hand below reserved.
 *
 * @param stockItemId SKU × warehouse
 * @param delta       units to add (positive) or remove (negative); never 0, |delta| ≤ 10⁹
 * @param reason      why
 * @param occurredAt  business time
 */
public record AdjustStock(@TargetAggregateIdentifier StockItemId stockItemId, long delta, String reason,
                          Instant occurredAt) {

    public AdjustStock {
        if (delta == 0 || delta < -1_000_000_000L || delta > 1_000_000_000L) {
            throw new InvalidValueException("delta", "delta must be non-zero, between -1000000000 and 1000000000");
        }
        ClientReference.check("reason", reason, true);
    }
}
