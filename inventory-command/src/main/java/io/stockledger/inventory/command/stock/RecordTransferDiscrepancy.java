package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.TransferId;
import io.stockledger.inventory.command.common.WarehouseCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Record in the source's ledger that a transfer arrived short or over. Changes no quantity here (the units
 * left on dispatch); the destination's receipt carries the same figures. Sent once per transfer and SKU by
 * the transfer process, whose status guards against a second receipt.
 *
 * @param stockItemId SKU × source warehouse
 * @param transferId  the transfer
 * @param destination the warehouse that received
 * @param expected    units dispatched
 * @param received    units that arrived
 * @param occurredAt  business time
 */
public record RecordTransferDiscrepancy(@TargetAggregateIdentifier StockItemId stockItemId, TransferId transferId,
                                        WarehouseCode destination, long expected, long received,
                                        Instant occurredAt) {
}
