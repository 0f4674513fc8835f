package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * An event of one stock item. Every such event names its SKU and warehouse (together the aggregate
 * identifier {@code SKU@WAREHOUSE}) and its business time.
 */
public interface StockItemEvent {

    /** @return SKU code */
    String sku();

    /** @return warehouse code */
    String warehouse();

    /** @return when it happened in the business's time (the recording time is the event's timestamp) */
    Instant occurredAt();
}
