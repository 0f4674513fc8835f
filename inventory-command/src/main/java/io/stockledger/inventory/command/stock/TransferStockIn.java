package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.TransferId;
import io.stockledger.inventory.command.common.WarehouseCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Receive a transfer's units at its destination: its in-transit units leave in transit and the units
 * actually received (fewer, as many, or more) go on hand. A no-op when nothing of this transfer is in
 * transit here (already received).
 *
 * @param stockItemId SKU × destination warehouse
 * @param transferId  the transfer
 * @param received    units that arrived, 0 … {@link Quantity#MAX}
 * @param source      the warehouse they came from
 * @param occurredAt  business time
 * @throws InvalidValueException when {@code received} is out of range
 */
public record TransferStockIn(@TargetAggregateIdentifier StockItemId stockItemId, TransferId transferId,
                              long received, WarehouseCode source, Instant occurredAt) {

    public TransferStockIn {
        if (received < 0 || received > Quantity.MAX) {
            throw new InvalidValueException("quantity", "received quantity must be between 0 and " + Quantity.MAX);
        }
    }
}
