package io.stockledger.inventory.command.warehouse;

/**
 * The warehouse takes new reservations and transfers again.
 *
 * @param code short code
 */
public record WarehouseActivated(String code) {
}
