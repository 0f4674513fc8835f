package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.InvalidValueException;

/**
 * The replenishment policy of a stock item, in units of stock and days.
 *
 * @param reorderPoint    available units at or below which to reorder, 0 … 10⁹, ≥ safety stock
 * @param reorderQuantity units to order each time, 1 … 10⁹
 * @param safetyStock     units kept against variability, 0 … 10⁹
 * @param maxStock        on hand above which stock is excessive, &gt; reorder point, or {@code null}
 * @param leadTimeDays    days from order to receipt, 0 … 365
 * @throws InvalidValueException naming the offending field
 */
public record ReorderPolicy(long reorderPoint, long reorderQuantity, long safetyStock, Long maxStock,
                            int leadTimeDays) {

    private static final long LIMIT = 1_000_000_000L;

    public ReorderPolicy {
        within("reorderPoint", reorderPoint, 0);
        within("reorderQuantity", reorderQuantity, 1);
        within("safetyStock", safetyStock, 0);
        if (safetyStock > reorderPoint) {
            throw new InvalidValueException("safetyStock", "safetyStock must not exceed reorderPoint");
        }
        if (maxStock != null) {
            within("maxStock", maxStock, 1);
            if (maxStock <= reorderPoint) {
                throw new InvalidValueException("maxStock", "maxStock must be greater than reorderPoint");
            }
        }
        if (leadTimeDays < 0 || leadTimeDays > 365) {
            throw new InvalidValueException("leadTimeDays", "leadTimeDays must be between 0 and 365");
        }
    }

    private static void within(String field, long value, long min) {
        if (value < min || value > LIMIT) {
            throw new InvalidValueException(field, field + " must be between " + min + " and " + LIMIT);
        }
    }
}
