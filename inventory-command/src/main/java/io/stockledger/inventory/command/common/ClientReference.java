package io.stockledger.inventory.command.common;

/**
 * Rules for identifiers chosen by clients ({@code orderId}, {@code reference}) and free-text reasons:
 * 1–128 printable characters.
 */
public final class ClientReference {

    /** Longest client identifier or reason, in characters. */
    public static final int MAX_LENGTH = 128;

    private ClientReference() {
    }

    /**
     * @param field    request field name, used in the error
     * @param value    the value, may be {@code null}
     * @param required whether {@code null} is refused
     * @return the value unchanged
     * @throws InvalidValueException when required and missing, empty, too long, or holding control characters
     */
    public static String check(String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                throw new InvalidValueException(field, field + " is required");
            }
            return null;
        }
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, field + " must be 1-" + MAX_LENGTH + " printable characters");
        }
        return value;
    }
}
