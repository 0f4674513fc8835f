package io.stockledger.inventory.command.transfer;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.Sku;

/**
 * One line of a transfer's receipt: units of a SKU that arrived at the destination.
 *
 * @param sku      the SKU, which must be on the transfer
 * @param quantity units that arrived, 0 … {@link Quantity#MAX}
 * @throws InvalidValueException when the SKU is missing or the quantity out of range
 */
public record ReceivedLine(Sku sku, long quantity) {

    public ReceivedLine {
        if (sku == null) {
            throw new InvalidValueException("lines", "every line needs sku and quantity");
        }
        if (quantity < 0 || quantity > Quantity.MAX) {
            throw new InvalidValueException("lines", "received quantity must be between 0 and " + Quantity.MAX);
        }
    }
}
