package io.stockledger.inventory.command.warehouse;

/**
 * A warehouse (stock location) was opened.
 *
 * @param code     short code, e.g. {@code DC-001}
 * @param name     display name
 * @param address  postal address as free text, or {@code null}
 * @param timezone IANA time zone id, e.g. {@code Europe/London}
 * @param priority higher is preferred when choosing where to reserve
 * @param active   whether it takes new reservations and transfers
 */
public record WarehouseCreated(String code, String name, String address, String timezone, int priority,
                               boolean active) {
}
