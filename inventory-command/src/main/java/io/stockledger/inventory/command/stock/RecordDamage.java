package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.ClientReference;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Move units from on hand to damaged. Refused when it would leave on hand below reserved.
 *
 * @param stockItemId SKU × warehouse
 * @param quantity    units damaged
 * @param reason      why
 * @param occurredAt  business time
 */
public record RecordDamage(@TargetAggregateIdentifier StockItemId stockItemId, Quantity quantity, String reason,
                           Instant occurredAt) {

    public RecordDamage {
        ClientReference.check("reason", reason, true);
    }
}
