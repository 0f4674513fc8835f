package io.stockledger.inventory.query.valuation;

/**
 * The valuation projection's state of one stock item (mutable, changed while a batch of events is handled).
 */
final class ValuedStockItem {

    final String sku;
    final String warehouse;
    AverageCost cost;
    long version;

    /**
     * @param sku       SKU code
     * @param warehouse warehouse code
     * @param cost      units on hand and their average cost
     * @param version   sequence number of the last event applied, −1 for none
     */
    ValuedStockItem(String sku, String warehouse, AverageCost cost, long version) {
        this.sku = sku;
        this.warehouse = warehouse;
        this.cost = cost;
        this.version = version;
    }

    /** @return whether the event with this sequence number was applied already (a redelivery) */
    boolean applied(long sequence) {
        return sequence <= version;
    }

    /** Applies an event's result. */
    void set(AverageCost newCost, long sequence) {
        cost = newCost;
        version = sequence;
    }
}
