package io.stockledger.inventory.command.common;

import java.util.regex.Pattern;

/**
 * A stock keeping unit: the sellable item (product variant), 1–64 characters of {@code [A-Za-z0-9._-]}.
 *
 * @param value the SKU code, case preserved
 * @throws InvalidValueException when the value does not match the pattern
 */
public record Sku(String value) {

    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public Sku {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("sku", "sku must be 1-64 characters of [A-Za-z0-9._-]");
        }
    }

    /** @return the SKU code as given */
    @Override
    public String toString() {
        return value;
    }
}
