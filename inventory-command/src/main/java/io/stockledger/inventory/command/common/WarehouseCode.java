package io.stockledger.inventory.command.common;

import java.util.regex.Pattern;

/**
 * A warehouse code, 1–32 characters of {@code [A-Z0-9._-]}, upper case, starting with a letter or digit
 * (so it never clashes with the lower-case path words of the API).
 *
 * @param value the code, e.g. {@code DC-001}
 * @throws InvalidValueException when the value does not match the pattern
 */
public record WarehouseCode(String value) {

    private static final Pattern PATTERN = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");

    public WarehouseCode {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("warehouse",
                    "warehouse code must be 1-32 characters of [A-Z0-9._-], starting with a letter or digit");
        }
    }

    /** @return the code as given; also the warehouse aggregate's identifier */
    @Override
    public String toString() {
        return value;
    }
}
