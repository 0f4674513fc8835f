package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * A transfer's units left its source: they leave on hand, and the transfer's hold leaves reserved. The
 * movement {@code TRANSFER_OUT}.
 *
 * @param sku         SKU code
 * @param warehouse   source warehouse code
 * @param transferId  the transfer
 * @param destination warehouse code the units travel to
 * @param quantity    units dispatched, ≥ 1
 * @param occurredAt  business time
 * @param after       quantities after the dispatch
 */
public record StockTransferredOut(String sku, String warehouse, String transferId, String destination,
                                  long quantity, Instant occurredAt, Balances after) implements QuantityChanged {
}
