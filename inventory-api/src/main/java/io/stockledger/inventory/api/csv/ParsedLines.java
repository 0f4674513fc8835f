package io.stockledger.inventory.api.csv;

import java.util.List;

/**
 * An upload after checking each line.
 *
 * @param valid    the lines to apply, in file order
 * @param rejected the lines with errors, in file order
 * @param <T>      a valid line
 */
record ParsedLines<T>(List<T> valid, List<RejectedLine> rejected) {
}
