package io.stockledger.inventory.command.transfer;

import io.stockledger.inventory.command.common.TransferId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Cancel a transfer before it is dispatched: its holds at the source are released.
 *
 * @param transferId the transfer
 * @param occurredAt business time
 */
public record CancelTransfer(@TargetAggregateIdentifier TransferId transferId, Instant occurredAt) {
}
