package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.TransferId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Hold available units at the source of a transfer until it is dispatched or cancelled. Repeating it with
 * the same quantity is a no-op.
 *
 * @param stockItemId SKU × source warehouse
 * @param transferId  the transfer
 * @param quantity    units to hold
 * @param occurredAt  business time
 */
public record ReserveStockForTransfer(@TargetAggregateIdentifier StockItemId stockItemId, TransferId transferId,
                                      Quantity quantity, Instant occurredAt) {
}
