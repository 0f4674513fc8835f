package io.stockledger.inventory.command.transfer;

import java.time.Instant;

/**
 * A transfer was cancelled before dispatch; its holds at the source were released.
 *
 * @param transferId the transfer
 * @param from       source warehouse code
 * @param to         destination warehouse code
 * @param occurredAt business time
 */
public record TransferCancelled(String transferId, String from, String to, Instant occurredAt) {
}
