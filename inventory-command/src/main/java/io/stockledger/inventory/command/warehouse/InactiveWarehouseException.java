package io.stockledger.inventory.command.warehouse;

/**
 * The warehouse is deactivated: it takes no new reservations or transfers. Answered with 422
 * {@code /problems/inactive-warehouse}.
 */
public class InactiveWarehouseException extends RuntimeException {

    /** @param code the warehouse code */
    public InactiveWarehouseException(String code) {
        super("warehouse " + code + " is inactive and takes no new reservations or transfers", null, false, false);
    }
}
