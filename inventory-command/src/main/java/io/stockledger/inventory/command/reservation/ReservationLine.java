package io.stockledger.inventory.command.reservation;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.WarehouseCode;

/**
 * One line of an order to hold: units of a SKU, in a named warehouse or (warehouse {@code null}) wherever
 * the allocation rule finds them.
 *
 * @param sku       the SKU
 * @param warehouse the warehouse, or {@code null} to let the service allocate
 * @param quantity  units to hold
 * @throws InvalidValueException when the SKU or quantity is missing
 */
public record ReservationLine(Sku sku, WarehouseCode warehouse, Quantity quantity) {

    public ReservationLine {
        if (sku == null || quantity == null) {
            throw new InvalidValueException("lines", "every line needs sku and quantity");
        }
    }

    /**
     * A line for a named warehouse.
     *
     * @param stockItemId SKU × warehouse
     * @param quantity    units to hold
     */
    public ReservationLine(StockItemId stockItemId, Quantity quantity) {
        this(stockItemId.sku(), stockItemId.warehouse(), quantity);
    }

    /** @return SKU × warehouse, or {@code null} when the line names no warehouse */
    public StockItemId stockItemId() {
        return warehouse == null ? null : new StockItemId(sku, warehouse);
    }
}
