package io.stockledger.inventory.command.common;

/**
 * A positive number of units of stock, 1 … 1,000,000,000. The direction of a change comes from the
 * command, never from the sign.
 *
 * @param value units of stock
 * @throws InvalidValueException when out of range
 */
public record Quantity(long value) {

    /** The largest quantity a single command may move, in units. */
    public static final long MAX = 1_000_000_000L;

    public Quantity {
        if (value < 1 || value > MAX) {
            throw new InvalidValueException("quantity", "quantity must be between 1 and " + MAX);
        }
    }

    /**
     * @param field the request field the value came from, named in the error
     * @param value units of stock
     * @return the quantity
     * @throws InvalidValueException naming {@code field} when out of range
     */
    public static Quantity of(String field, long value) {
        if (value < 1 || value > MAX) {
            throw new InvalidValueException(field, field + " must be between 1 and " + MAX);
        }
        return new Quantity(value);
    }
}
