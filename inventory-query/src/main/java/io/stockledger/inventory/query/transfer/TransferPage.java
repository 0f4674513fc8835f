package io.stockledger.inventory.query.transfer;

import io.stockledger.inventory.command.transfer.TransferView;

import java.util.List;

/**
 * One page of transfers.
 *
 * @param items the transfers of this page
 * @param page  zero-based page number
 * @param size  page size asked for
 * @param total transfers matching the query
 */
public record TransferPage(List<TransferView> items, int page, int size, long total) {
}
