package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * The replenishment policy of a stock item was set.
 *
 * @param sku             SKU code
 * @param warehouse       warehouse code
 * @param reorderPoint    available units at or below which to reorder
 * @param reorderQuantity units to order each time
 * @param safetyStock     units kept against demand and lead-time variability
 * @param maxStock        on hand above which stock is excessive, or {@code null} for no limit
 * @param leadTimeDays    days from order to receipt
 * @param occurredAt      business time
 */
public record ReorderPolicyChanged(String sku, String warehouse, long reorderPoint, long reorderQuantity,
                                   long safetyStock, Long maxStock, int leadTimeDays, Instant occurredAt)
        implements StockItemEvent {
}
