package io.stockledger.inventory.api.web;

import io.stockledger.inventory.command.common.InvalidValueException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Parsing of optional query parameters; a malformed one is a 400 naming the parameter. */
public final class QueryParams {

    private QueryParams() {
    }

    /**
     * @param field the parameter's name
     * @param value its value or {@code null}
     * @return the instant, or {@code null} when absent
     * @throws InvalidValueException unless ISO-8601 UTC ({@code 2026-11-21T10:15:30Z})
     */
    public static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + " must be an ISO-8601 UTC time such as 2026-11-21T10:15:30Z");
        }
    }

    /**
     * @param type  the enum
     * @param field the parameter's name
     * @param value its value or {@code null}
     * @param <E>   the enum type
     * @return the constant, or {@code null} when absent
     * @throws InvalidValueException when no constant has that name
     */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, field + " has an unknown value " + value);
        }
    }
}
