package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.ClientReference;
import io.stockledger.inventory.command.common.Bin;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Put received units on hand. Creates the stock item on its first receipt.
 *
 * @param stockItemId SKU × warehouse
 * @param quantity    units received
 * @param unitCost    cost per unit (≥ 0, currency scale ≤ 4), or {@code null}
 * @param reference   purchase order or delivery note, or {@code null}
 * @param bin         bin to assign, or {@code null} to keep the current one
 * @param occurredAt  business time
 */
public record ReceiveStock(@TargetAggregateIdentifier StockItemId stockItemId, Quantity quantity, BigDecimal unitCost,
                           String reference, Bin bin, Instant occurredAt) {

    public ReceiveStock {
        ClientReference.check("reference", reference, false);
        if (unitCost != null && (unitCost.signum() < 0 || unitCost.stripTrailingZeros().scale() > 4)) {
            throw new InvalidValueException("unitCost", "unitCost must be >= 0 with at most 4 decimals");
        }
    }
}
