package io.stockledger.inventory.command.common;

/**
 * The identity of a stock item: one SKU in one warehouse, the unit of consistency. Its string form,
 * {@code SKU@WAREHOUSE} (e.g. {@code 85123A@DC-001}), is the stock item aggregate's identifier in the
 * event store; {@code @} occurs in neither part, so the form is unambiguous.
 *
 * @param sku       the SKU
 * @param warehouse the warehouse code
 */
public record StockItemId(Sku sku, WarehouseCode warehouse) {

    public StockItemId {
        if (sku == null || warehouse == null) {
            throw new InvalidValueException(sku == null ? "sku" : "warehouse", "sku and warehouse are required");
        }
    }

    /**
     * @param sku       SKU code
     * @param warehouse warehouse code
     * @return the stock item id
     * @throws InvalidValueException when either part is malformed
     */
    public static StockItemId of(String sku, String warehouse) {
        return new StockItemId(new Sku(sku), new WarehouseCode(warehouse));
    }

    /**
     * @param identifier {@code SKU@WAREHOUSE}
     * @return the stock item id
     * @throws InvalidValueException when the form or a part is malformed
     */
    public static StockItemId parse(String identifier) {
        int at = identifier == null ? -1 : identifier.indexOf('@');
        if (at < 0) {
            throw new InvalidValueException("stockItemId", "stock item id must be SKU@WAREHOUSE");
        }
        return of(identifier.substring(0, at), identifier.substring(at + 1));
    }

    /** @return {@code SKU@WAREHOUSE}, the aggregate identifier */
    @Override
    public String toString() {
        return sku.value() + "@" + warehouse.value();
    }
}
