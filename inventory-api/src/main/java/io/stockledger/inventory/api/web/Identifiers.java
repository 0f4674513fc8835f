package io.stockledger.inventory.api.web;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.WarehouseCode;

/** Parses identifiers inside request bodies, naming the exact field (e.g. {@code lines[2].sku}) when malformed. */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * @param field the field's path in the request
     * @param value the SKU code, required
     * @return the SKU
     * @throws InvalidValueException naming {@code field} when missing or malformed
     */
    public static Sku sku(String field, String value) {
        try {
            return new Sku(Required.of(field, value));
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    /**
     * @param field the field's path in the request
     * @param value the warehouse code, required
     * @return the warehouse code
     * @throws InvalidValueException naming {@code field} when missing or malformed
     */
    public static WarehouseCode warehouse(String field, String value) {
        try {
            return new WarehouseCode(Required.of(field, value));
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }
}
