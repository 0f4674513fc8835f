package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * A transfer's units were received at its destination: the expected units leave in transit, the received
 * ones go on hand. {@code received − expected} is the delivery discrepancy (negative when short). The
 * movement {@code TRANSFER_IN}.
 *
 * @param sku        SKU code
 * @param warehouse  destination warehouse code
 * @param transferId the transfer
 * @param source     warehouse code the units came from
 * @param expected   units that were in transit, ≥ 1
 * @param received   units that arrived, ≥ 0
 * @param occurredAt business time
 * @param after      quantities after the receipt
 */
public record StockTransferredIn(String sku, String warehouse, String transferId, String source, long expected,
                                 long received, Instant occurredAt, Balances after) implements QuantityChanged {

    /** @return received − expected, in units: negative for a short delivery, positive for an over delivery */
    public long difference() {
        return received - expected;
    }
}
