package io.stockledger.inventory.query.report;

import java.time.Instant;
import java.util.List;

/**
 * Movements by type over a span of business time.
 *
 * @param from      earliest business time (inclusive) or {@code null}
 * @param to        latest business time (exclusive) or {@code null}
 * @param warehouse warehouse code or {@code null} for all
 * @param items     one line per movement type, in {@code MovementType} order, zeros included
 */
public record MovementSummary(Instant from, Instant to, String warehouse, List<MovementTotals> items) {
}
