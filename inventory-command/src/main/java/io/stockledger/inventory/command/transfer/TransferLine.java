package io.stockledger.inventory.command.transfer;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.Sku;

/**
 * One line of a transfer request: units of a SKU to move.
 *
 * @param sku      the SKU
 * @param quantity units to move
 * @throws InvalidValueException when either is missing
 */
public record TransferLine(Sku sku, Quantity quantity) {

    public TransferLine {
        if (sku == null || quantity == null) {
            throw new InvalidValueException("lines", "every line needs sku and quantity");
        }
    }
}
