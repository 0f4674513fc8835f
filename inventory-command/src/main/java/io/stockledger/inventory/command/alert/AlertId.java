package io.stockledger.inventory.command.alert;

import io.stockledger.inventory.command.common.InvalidValueException;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identity of an alert: a name-based UUID (RFC 4122 version 3) derived from the stock item, the alert's
 * type and the sequence number of the stock item event that raised it. Derived, not drawn at random, so that
 * rebuilding the alerts from the events gives every alert its old id again, and an acknowledgement (an event
 * naming the id) finds its alert after a rebuild. Also the identifier of the alert's
 * {@link Alert} aggregate.
 *
 * @param value the UUID text, lower case
 * @throws InvalidValueException when the value is not a lower-case UUID
 */
public record AlertId(String value) {

    public AlertId {
        try {
            if (value == null || !UUID.fromString(value).toString().equals(value)) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("alertId", "alert id must be a lower-case UUID");
        }
    }

    /**
     * @param sku       SKU code
     * @param warehouse warehouse code
     * @param type      the alert's type
     * @param raisedBy  sequence number of the stock item event that raised the alert
     * @return the alert's id, the same for the same arguments on every run
     */
    public static AlertId derive(String sku, String warehouse, AlertType type, long raisedBy) {
        String name = sku + "@" + warehouse + "/" + type.name() + "/" + raisedBy;
        return new AlertId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** @return the UUID text; also the aggregate identifier */
    @Override
    public String toString() {
        return value;
    }
}
