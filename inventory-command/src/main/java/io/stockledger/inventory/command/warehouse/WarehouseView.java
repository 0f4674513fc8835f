package io.stockledger.inventory.command.warehouse;

/**
 * A warehouse as clients see it.
 *
 * @param code     short code
 * @param name     display name
 * @param address  postal address or {@code null}
 * @param timezone IANA time zone id
 * @param priority higher is preferred when choosing where to reserve
 * @param active   whether it takes new reservations and transfers
 */
public record WarehouseView(String code, String name, String address, String timezone, int priority,
                            boolean active) {
}
