package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.TransferId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Drop a cancelled transfer's hold at its source. A no-op when the transfer holds nothing here.
 *
 * @param stockItemId SKU × source warehouse
 * @param transferId  the transfer
 * @param occurredAt  business time
 */
public record ReleaseStockFromTransfer(@TargetAggregateIdentifier StockItemId stockItemId, TransferId transferId,
                                       Instant occurredAt) {
}
