package io.stockledger.inventory.query.report;

import java.time.Instant;

/**
 * Query: movements by type over a span of business time. Answer: {@code MovementSummary}.
 *
 * @param from      earliest business time (inclusive) or {@code null}
 * @param to        latest business time (exclusive) or {@code null}
 * @param warehouse warehouse code or {@code null} for all
 */
public record SummarizeMovements(Instant from, Instant to, String warehouse) {
}
