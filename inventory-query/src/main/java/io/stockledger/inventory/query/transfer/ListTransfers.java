package io.stockledger.inventory.query.transfer;

import io.stockledger.inventory.command.transfer.TransferStatus;

/**
 * Query: transfers by status and warehouses, most recently requested first. Answer: {@link TransferPage}.
 *
 * @param status status, or {@code null}
 * @param from   source warehouse code, or {@code null}
 * @param to     destination warehouse code, or {@code null}
 * @param page   zero-based page
 * @param size   rows per page, 1 … 500
 */
public record ListTransfers(TransferStatus status, String from, String to, int page, int size) {
}
