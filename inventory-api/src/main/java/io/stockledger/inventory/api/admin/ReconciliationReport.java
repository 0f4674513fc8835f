package io.stockledger.inventory.api.admin;

import java.time.Instant;
import java.util.List;

/**
 * What a reconciliation found.
 *
 * @param checkedAt          when it ran
 * @param events             events folded
 * @param stockItems         stock items compared (projection rows, movement sums, aggregates)
 * @param reservations       reservations compared
 * @param transfers          transfers compared
 * @param warehouses         warehouses compared
 * @param changedDuringCheck differences dropped because the aggregate got new events during the check
 * @param differences        every difference found (none expected)
 * @param durationMillis     how long it took, in milliseconds
 */
public record ReconciliationReport(Instant checkedAt, long events, int stockItems, int reservations, int transfers,
                                   int warehouses, int changedDuringCheck, List<Difference> differences,
                                   long durationMillis) {
}
