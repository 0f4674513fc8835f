package io.stockledger.inventory.command.transfer;

import java.time.Instant;
import java.util.List;

/**
 * A transfer was received at its destination and is complete. Lines whose received units differ from the
 * expected ones are its discrepancies.
 *
 * @param transferId the transfer
 * @param from       source warehouse code
 * @param to         destination warehouse code
 * @param lines      expected and received units per SKU, one line per SKU of the transfer
 * @param occurredAt business time
 */
public record TransferReceived(String transferId, String from, String to, List<ReceiptLine> lines,
                               Instant occurredAt) {
}
