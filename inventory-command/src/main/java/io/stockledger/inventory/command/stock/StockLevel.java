package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * The state of one stock item as clients see it ({@code StockLevel} in the HTTP contract). Quantities in
 * units of stock; policy fields are {@code null} until a reorder policy is set.
 *
 * @param sku             SKU code
 * @param warehouse       warehouse code
 * @param onHand          sellable units in the warehouse
 * @param reserved        units promised to open reservations
 * @param available       on hand − reserved
 * @param inTransit       units on their way here
 * @param damaged         units in quarantine
 * @param bin             bin code or {@code null}
 * @param reorderPoint    reorder point or {@code null}
 * @param reorderQuantity reorder quantity or {@code null}
 * @param safetyStock     safety stock or {@code null}
 * @param maxStock        max stock or {@code null}
 * @param leadTimeDays    lead time in days or {@code null}
 * @param version         the stock item's event sequence number after the last change
 * @param updatedAt       business time of the last change
 */
public record StockLevel(String sku, String warehouse, long onHand, long reserved, long available, long inTransit,
                         long damaged, String bin, Long reorderPoint, Long reorderQuantity, Long safetyStock,
                         Long maxStock, Integer leadTimeDays, long version, Instant updatedAt) {
}
