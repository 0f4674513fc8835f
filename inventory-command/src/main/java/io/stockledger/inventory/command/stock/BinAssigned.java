package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * The stock item now lives in this bin of its warehouse.
 *
 * @param sku        SKU code
 * @param warehouse  warehouse code
 * @param bin        {@code aisle-rack-shelf}
 * @param occurredAt business time
 */
public record BinAssigned(String sku, String warehouse, String bin, Instant occurredAt) implements StockItemEvent {
}
