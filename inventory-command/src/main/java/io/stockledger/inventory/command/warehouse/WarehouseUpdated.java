package io.stockledger.inventory.command.warehouse;

/**
 * A warehouse's descriptive fields were replaced.
 *
 * @param code     short code
 * @param name     display name
 * @param address  postal address or {@code null}
 * @param timezone IANA time zone id
 * @param priority higher is preferred when choosing where to reserve
 */
public record WarehouseUpdated(String code, String name, String address, String timezone, int priority) {
}
