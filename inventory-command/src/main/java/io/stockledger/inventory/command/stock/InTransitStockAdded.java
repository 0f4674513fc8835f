package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * Units dispatched by a transfer are on their way to this stock item: in transit up.
 *
 * @param sku            SKU code
 * @param warehouse      destination warehouse code
 * @param transferId     the transfer
 * @param source         warehouse code the units come from
 * @param quantity       units in transit, ≥ 1
 * @param trackingNumber the carrier's tracking number, or {@code null}
 * @param occurredAt     business time
 * @param after          quantities after the dispatch
 */
public record InTransitStockAdded(String sku, String warehouse, String transferId, String source, long quantity,
                                  String trackingNumber, Instant occurredAt, Balances after)
        implements QuantityChanged {
}
