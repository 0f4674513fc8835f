package io.stockledger.inventory.command.common;

import java.util.UUID;

/**
 * The identity of a reservation (a hold on stock for one order): a random UUID in canonical lower-case
 * form, also the reservation aggregate's identifier.
 *
 * @param value the UUID text
 * @throws InvalidValueException when the value is not a UUID
 */
public record ReservationId(String value) {

    public ReservationId {
        try {
            if (value == null || !UUID.fromString(value).toString().equals(value)) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("reservationId", "reservation id must be a lower-case UUID");
        }
    }

    /** @return a new random reservation id */
    public static ReservationId random() {
        return new ReservationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
