package io.stockledger.inventory.query.warehouse;

/** Query: every warehouse, ordered by code. Answer: a list of {@code WarehouseView}. */
public record ListWarehouses() {
}
