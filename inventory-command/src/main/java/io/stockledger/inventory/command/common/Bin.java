package io.stockledger.inventory.command.common;

import java.util.regex.Pattern;

/**
 * A location inside a warehouse, {@code aisle-rack-shelf}, e.g. {@code A-03-12}: each part 1–8 characters
 * of {@code [A-Z0-9]}.
 *
 * @param value the bin code
 * @throws InvalidValueException when malformed
 */
public record Bin(String value) {

    private static final Pattern PATTERN = Pattern.compile("[A-Z0-9]{1,8}-[A-Z0-9]{1,8}-[A-Z0-9]{1,8}");

    public Bin {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("bin", "bin must be aisle-rack-shelf, e.g. A-03-12");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
