package io.stockledger.inventory.api.csv;

import java.util.List;

/**
 * The answer to an upload.
 *
 * @param applied   lines that changed their stock item (one event each)
 * @param unchanged lines that were valid but changed nothing (the stock item already was so)
 * @param rejected  lines not applied, by line number
 */
public record ImportResult(int applied, int unchanged, List<RejectedLine> rejected) {
}
