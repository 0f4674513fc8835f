package io.stockledger.inventory.api.csv;

import io.stockledger.inventory.command.common.StockItemId;

/**
 * A valid line of a count upload.
 *
 * @param line            line number in the file
 * @param item            the stock item counted
 * @param countedQuantity units counted, 0 … 10⁹
 * @param reason          why, or {@code null}
 */
record CountLine(long line, StockItemId item, long countedQuantity, String reason) {
}
