package io.stockledger.inventory.command.stock;

import java.time.Instant;

/**
 * In the source's ledger: a transfer from here arrived short or over. No quantity changes here (the units
 * left on dispatch); {@code after} repeats the quantities so that every ledger line carries them.
 *
 * @param sku         SKU code
 * @param warehouse   source warehouse code
 * @param transferId  the transfer
 * @param destination warehouse code that received
 * @param expected    units dispatched
 * @param received    units that arrived
 * @param occurredAt  business time
 * @param after       quantities here, unchanged
 */
public record TransferDiscrepancyRecorded(String sku, String warehouse, String transferId, String destination,
                                          long expected, long received, Instant occurredAt, Balances after)
        implements QuantityChanged {

    /** @return received − expected, in units */
    public long difference() {
        return received - expected;
    }
}
