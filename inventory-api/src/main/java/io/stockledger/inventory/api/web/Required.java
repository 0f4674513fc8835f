package io.stockledger.inventory.api.web;

import io.stockledger.inventory.command.common.InvalidValueException;

/** Presence checks for request fields that JSON may leave out. */
public final class Required {

    private Required() {
    }

    /**
     * @param field the field's name
     * @param value its value
     * @param <T>   its type
     * @return the value
     * @throws InvalidValueException when {@code null}
     */
    public static <T> T of(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }
}
