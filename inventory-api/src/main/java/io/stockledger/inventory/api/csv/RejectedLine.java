package io.stockledger.inventory.api.csv;

import java.util.List;

/**
 * A line of an upload that was not applied, and why.
 *
 * @param line   its line number in the file, the header being line 1
 * @param errors what is wrong with it, at least one
 */
public record RejectedLine(long line, List<FieldError> errors) {
}
