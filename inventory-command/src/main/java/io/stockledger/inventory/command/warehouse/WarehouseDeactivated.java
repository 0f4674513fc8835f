package io.stockledger.inventory.command.warehouse;

/**
 * The warehouse takes no new reservations or transfers; its stock stays visible.
 *
 * @param code short code
 */
public record WarehouseDeactivated(String code) {
}
