package io.stockledger.inventory.command.warehouse;

/** No warehouse has this code. Answered with 404 {@code /problems/unknown-warehouse}. */
public class UnknownWarehouseException extends RuntimeException {

    /** @param code the warehouse code asked for */
    public UnknownWarehouseException(String code) {
        super("no warehouse with code " + code, null, false, false);
    }
}
