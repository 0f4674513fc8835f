package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Set the replenishment policy of a stock item (creating the stock item when it has none yet).
 *
 * @param stockItemId SKU × warehouse
 * @param policy      the new policy
 * @param occurredAt  business time
 */
public record ChangeReorderPolicy(@TargetAggregateIdentifier StockItemId stockItemId, ReorderPolicy policy,
                                  Instant occurredAt) {
}
