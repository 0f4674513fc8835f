package io.stockledger.inventory.command.reservation;

/**
 * Units of one SKU held in one warehouse for a reservation.
 *
 * @param sku       SKU code
 * @param warehouse warehouse code
 * @param quantity  units held, ≥ 1
 */
public record Allocation(String sku, String warehouse, long quantity) {

    /** @return {@code SKU@WAREHOUSE}, the stock item's aggregate identifier */
    public String stockItemId() {
        return sku + "@" + warehouse;
    }
}
