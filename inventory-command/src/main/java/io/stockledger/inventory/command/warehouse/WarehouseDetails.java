package io.stockledger.inventory.command.warehouse;

import io.stockledger.inventory.command.common.InvalidValueException;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The descriptive part of a warehouse, validated.
 *
 * @param name     display name, 1–128 characters
 * @param address  postal address, ≤ 512 characters, or {@code null}
 * @param timezone IANA time zone id; {@code null} means {@code UTC}
 * @param priority −1000 … 1000, higher is preferred
 * @throws InvalidValueException naming the offending field
 */
public record WarehouseDetails(String name, String address, String timezone, int priority) {

    public WarehouseDetails {
        if (name == null || name.isBlank() || name.length() > 128) {
            throw new InvalidValueException("name", "name must be 1-128 characters");
        }
        if (address != null && address.length() > 512) {
            throw new InvalidValueException("address", "address must be at most 512 characters");
        }
        if (timezone == null) {
            timezone = "UTC";
        }
        try {
            timezone = ZoneId.of(timezone).getId();
        } catch (DateTimeException e) {
            throw new InvalidValueException("timezone", "timezone must be an IANA zone id such as Europe/London");
        }
        if (priority < -1000 || priority > 1000) {
            throw new InvalidValueException("priority", "priority must be between -1000 and 1000");
        }
    }
}
