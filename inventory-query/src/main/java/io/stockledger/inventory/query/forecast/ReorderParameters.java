package io.stockledger.inventory.query.forecast;

/**
 * The replenishment policy a reorder suggestion is computed for.
 *
 * @param leadTimeDays     days from placing an order to receiving it, ≥ 0
 * @param reviewPeriodDays days between two looks at the stock item, ≥ 0 (0: continuous review, the
 *                         alert fires as soon as available falls to the reorder point)
 * @param serviceLevel     the wanted probability of no stock-out during a lead time (cycle service
 *                         level), 0.5 ≤ serviceLevel &lt; 1
 * @param reorderQuantity  the policy's reorder quantity, the least to order at once, in units, ≥ 0
 */
public record ReorderParameters(int leadTimeDays, int reviewPeriodDays, double serviceLevel, long reorderQuantity) {

    /** The default cycle service level. */
    public static final double DEFAULT_SERVICE_LEVEL = 0.95;

    public ReorderParameters {
        if (leadTimeDays < 0 || reviewPeriodDays < 0) {
            throw new IllegalArgumentException("lead time and review period must be ≥ 0 days, got " + leadTimeDays
                    + " and " + reviewPeriodDays);
        }
        if (!(serviceLevel >= 0.5 && serviceLevel < 1)) {
            throw new IllegalArgumentException("service level must be in [0.5, 1), got " + serviceLevel);
        }
        if (reorderQuantity < 0) {
            throw new IllegalArgumentException("reorder quantity must be ≥ 0, got " + reorderQuantity);
        }
    }

    /**
     * @param leadTimeDays    days from order to receipt
     * @param reorderQuantity least units to order at once
     * @return continuous review at the default 95 % service level
     */
    public static ReorderParameters of(int leadTimeDays, long reorderQuantity) {
        return new ReorderParameters(leadTimeDays, 0, DEFAULT_SERVICE_LEVEL, reorderQuantity);
    }

    /** @return the days a replenishment order has to cover: lead time + review period */
    public int protectionDays() {
        return leadTimeDays + reviewPeriodDays;
    }
}
