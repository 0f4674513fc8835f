package io.stockledger.inventory.api.csv;

import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.stock.ReorderPolicy;

/**
 * A valid line of a policy upload.
 *
 * @param line   line number in the file
 * @param item   the stock item
 * @param policy its new reorder policy
 */
record PolicyLine(long line, StockItemId item, ReorderPolicy policy) {
}
