package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.TransferId;
import io.stockledger.inventory.command.common.WarehouseCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Record at a transfer's destination the units dispatched to it: in transit goes up. A no-op when this
 * transfer's units are already in transit here. Creates the stock item when it has no history yet.
 *
 * @param stockItemId    SKU × destination warehouse
 * @param transferId     the transfer
 * @param quantity       units dispatched
 * @param source         the warehouse they come from
 * @param trackingNumber the carrier's tracking number, or {@code null}
 * @param occurredAt     business time
 */
public record AddInTransitStock(@TargetAggregateIdentifier StockItemId stockItemId, TransferId transferId,
                                Quantity quantity, WarehouseCode source, String trackingNumber,
                                Instant occurredAt) {
}
