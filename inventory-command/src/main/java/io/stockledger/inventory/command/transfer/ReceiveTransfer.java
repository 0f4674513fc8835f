package io.stockledger.inventory.command.transfer;

import io.stockledger.inventory.command.common.TransferId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Receive a dispatched transfer at its destination. SKUs of the transfer missing from {@code lines} are
 * received as 0 units; lines of the same SKU are added up.
 *
 * @param transferId the transfer
 * @param lines      units that arrived per SKU
 * @param occurredAt business time
 */
public record ReceiveTransfer(@TargetAggregateIdentifier TransferId transferId, List<ReceivedLine> lines,
                              Instant occurredAt) {

    public ReceiveTransfer {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
