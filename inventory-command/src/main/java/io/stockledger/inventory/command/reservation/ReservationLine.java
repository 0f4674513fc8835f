package io.stockledger.inventory.command.reservation;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.StockItemId;

/**
 * One line of an order to hold: units of a SKU in a named warehouse.
 *
 * @param stockItemId SKU × warehouse
 * @param quantity    units to hold
 * @throws InvalidValueException when a part is missing
 */
public record ReservationLine(StockItemId stockItemId, Quantity quantity) {

    public ReservationLine {
        if (stockItemId == null || quantity == null) {
            throw new InvalidValueException("lines", "every line needs sku, warehouse and quantity");
        }
    }
}
