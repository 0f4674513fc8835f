package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.stock.Balances;

/**
 * What the alerts projection keeps of a stock item: its latest quantities and thresholds, taken from its
 * own events (never from another projection, which may be at another point of the event stream).
 *
 * @param sku         SKU code
 * @param warehouse   warehouse code
 * @param onHand      units on hand
 * @param reserved    units reserved
 * @param inTransit   units on their way here
 * @param thresholds  the reorder policy's thresholds, or {@code null} when the stock item has none
 * @param everStocked whether on hand was ever above 0
 * @param version     sequence number of the last event applied, −1 for none
 */
record WatchedStockItem(String sku, String warehouse, long onHand, long reserved, long inTransit,
                        AlertThresholds thresholds, boolean everStocked, long version) {

    /** @return a stock item of which no event was seen yet */
    static WatchedStockItem unseen(String sku, String warehouse) {
        return new WatchedStockItem(sku, warehouse, 0, 0, 0, null, false, -1);
    }

    /** @return on hand − reserved */
    long available() {
        return onHand - reserved;
    }

    /** @return the stock item after an event that changed its quantities */
    WatchedStockItem with(Balances after, long sequence) {
        return new WatchedStockItem(sku, warehouse, after.onHand(), after.reserved(), after.inTransit(), thresholds,
                everStocked || after.onHand() > 0, sequence);
    }

    /** @return the stock item after its reorder policy was set */
    WatchedStockItem with(AlertThresholds newThresholds, long sequence) {
        return new WatchedStockItem(sku, warehouse, onHand, reserved, inTransit, newThresholds, everStocked, sequence);
    }
}
