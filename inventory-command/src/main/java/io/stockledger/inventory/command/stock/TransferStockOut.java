package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.TransferId;
import io.stockledger.inventory.command.common.WarehouseCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Dispatch what a transfer holds at its source: the units leave on hand and reserved. A no-op when the
 * transfer holds nothing here (already dispatched).
 *
 * @param stockItemId SKU × source warehouse
 * @param transferId  the transfer
 * @param destination the warehouse the units travel to
 * @param occurredAt  business time
 */
public record TransferStockOut(@TargetAggregateIdentifier StockItemId stockItemId, TransferId transferId,
                               WarehouseCode destination, Instant occurredAt) {
}
