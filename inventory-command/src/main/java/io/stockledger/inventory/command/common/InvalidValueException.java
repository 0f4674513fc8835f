package io.stockledger.inventory.command.common;

/**
 * A value (SKU, warehouse code, quantity, …) that breaks its own format rule.
 * The HTTP layer answers it with 400 {@code /problems/invalid-request}, naming {@link #field()}.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;

    /**
     * @param field   the request field the value came from, e.g. {@code "sku"}
     * @param message what is wrong with it, for a human reader
     */
    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the name of the offending field */
    public String field() {
        return field;
    }
}
