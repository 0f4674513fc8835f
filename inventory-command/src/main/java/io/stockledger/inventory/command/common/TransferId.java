package io.stockledger.inventory.command.common;

import java.util.UUID;

/**
 * The identity of a transfer of stock between two warehouses: a random UUID in canonical lower-case form,
 * also the transfer aggregate's identifier and the key of the transfer's hold at the source stock items.
 *
 * @param value the UUID text
 * @throws InvalidValueException when the value is not a UUID
 */
public record TransferId(String value) {

    public TransferId {
        try {
            if (value == null || !UUID.fromString(value).toString().equals(value)) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("transferId", "transfer id must be a lower-case UUID");
        }
    }

    /** @return a new random transfer id */
    public static TransferId random() {
        return new TransferId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
