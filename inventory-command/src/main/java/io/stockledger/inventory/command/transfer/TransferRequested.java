package io.stockledger.inventory.command.transfer;

import java.time.Instant;
import java.util.List;

/**
 * A transfer was requested and its units are held at the source.
 *
 * @param transferId the transfer
 * @param from       source warehouse code
 * @param to         destination warehouse code
 * @param lines      units per SKU, one line per SKU
 * @param reference  the client's reference, or {@code null}
 * @param occurredAt business time
 */
public record TransferRequested(String transferId, String from, String to, List<TransferredLine> lines,
                                String reference, Instant occurredAt) {
}
