package io.stockledger.inventory.command.transfer;

import java.time.Instant;

/**
 * A transfer's units left the source and are in transit to the destination.
 *
 * @param transferId     the transfer
 * @param from           source warehouse code
 * @param to             destination warehouse code
 * @param trackingNumber the carrier's tracking number, or {@code null}
 * @param occurredAt     business time
 */
public record TransferDispatched(String transferId, String from, String to, String trackingNumber,
                                 Instant occurredAt) {
}
