package io.stockledger.inventory.query.demand;

import java.util.List;

/**
 * The stock and replenishment policy a reorder suggestion is made for: one stock item's, or a SKU's over
 * all its warehouses taken as one stock point.
 *
 * @param available       units available (on hand − reserved), summed
 * @param inTransit       units in transit, summed (a transfer's units left the source's on hand, so they
 *                        are not counted twice)
 * @param leadTimeDays    the lead time in days: the policy's, or over several warehouses the longest one
 *                        set; {@value #DEFAULT_LEAD_TIME_DAYS} when no stock item has a policy
 * @param reorderQuantity the least to order at once, in units: the policy's, over several warehouses the
 *                        largest one set; 0 without a policy
 */
public record Supply(long available, long inTransit, int leadTimeDays, long reorderQuantity) {

    /** The lead time assumed for stock items without a reorder policy, in days. */
    public static final int DEFAULT_LEAD_TIME_DAYS = 7;

    /**
     * @param items the stock items, at least one
     * @return their supply: quantities summed, the most demanding policy
     * @throws IllegalArgumentException when there is no stock item
     * @throws ArithmeticException      when a sum passes {@link Long#MAX_VALUE}
     */
    public static Supply of(List<StockItemSupply> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a supply needs at least one stock item");
        }
        long available = 0;
        long inTransit = 0;
        Integer leadTime = null;
        long reorderQuantity = 0;
        for (StockItemSupply item : items) {
            available = Math.addExact(available, item.available());
            inTransit = Math.addExact(inTransit, item.inTransit());
            if (item.leadTimeDays() != null) {
                leadTime = leadTime == null ? item.leadTimeDays() : Math.max(leadTime, item.leadTimeDays());
            }
            if (item.reorderQuantity() != null) {
                reorderQuantity = Math.max(reorderQuantity, item.reorderQuantity());
            }
        }
        return new Supply(available, inTransit, leadTime == null ? DEFAULT_LEAD_TIME_DAYS : leadTime, reorderQuantity);
    }
}
