package io.stockledger.inventory.command.warehouse;

/** A warehouse with this code exists already. Answered with 409 {@code /problems/duplicate-warehouse}. */
public class DuplicateWarehouseException extends RuntimeException {

    /** @param code the warehouse code */
    public DuplicateWarehouseException(String code) {
        super("a warehouse with code " + code + " exists already", null, false, false);
    }
}
