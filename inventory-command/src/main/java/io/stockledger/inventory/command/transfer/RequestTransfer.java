package io.stockledger.inventory.command.transfer;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.TransferId;
import io.stockledger.inventory.command.common.WarehouseCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Request a transfer of stock from one warehouse to another: every line's units are held at the source,
 * all lines or none.
 *
 * @param transferId a new transfer id
 * @param from       source warehouse
 * @param to         destination warehouse, not the source
 * @param lines      one or more lines; lines of the same SKU are merged
 * @param reference  the client's reference (e.g. a replenishment order), or {@code null}
 * @param occurredAt business time
 * @throws InvalidValueException when {@code from} equals {@code to}, a warehouse is missing, or there are no lines
 */
public record RequestTransfer(@TargetAggregateIdentifier TransferId transferId, WarehouseCode from,
                              WarehouseCode to, List<TransferLine> lines, String reference, Instant occurredAt) {

    public RequestTransfer {
        if (from == null || to == null) {
            throw new InvalidValueException(from == null ? "from" : "to", "from and to are required");
        }
        if (from.equals(to)) {
            throw new InvalidValueException("to", "a transfer must go to another warehouse than " + from.value());
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidValueException("lines", "a transfer needs at least one line");
        }
        lines = List.copyOf(lines);
    }
}
