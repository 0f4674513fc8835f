package io.stockledger.inventory.query.transfer;

/**
 * Query: one transfer. Answer: {@code TransferView}, or {@code null} when unknown.
 *
 * @param transferId the transfer id
 */
public record FindTransfer(String transferId) {
}
