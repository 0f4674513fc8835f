package io.stockledger.inventory.query.warehouse;

/**
 * Query: one warehouse by code. Answer: {@code WarehouseView}, or {@code null} when unknown.
 *
 * @param code warehouse code
 */
public record FindWarehouse(String code) {
}
