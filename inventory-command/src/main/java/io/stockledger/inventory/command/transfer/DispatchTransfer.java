package io.stockledger.inventory.command.transfer;

import io.stockledger.inventory.command.common.TransferId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Dispatch a requested transfer: its units leave on hand at the source and show as in transit at the
 * destination.
 *
 * @param transferId     the transfer
 * @param trackingNumber the carrier's tracking number, or {@code null}
 * @param occurredAt     business time
 */
public record DispatchTransfer(@TargetAggregateIdentifier TransferId transferId, String trackingNumber,
                               Instant occurredAt) {
}
