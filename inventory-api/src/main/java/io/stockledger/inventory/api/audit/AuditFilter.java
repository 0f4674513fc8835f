package io.stockledger.inventory.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * Which events an auditor asks for. Every part is optional ({@code null}: any).
 *
 * @param stockItems stock item identifiers ({@code SKU@WAREHOUSE}) to read, or {@code null} for every aggregate
 * @param warehouse  only stock items of this warehouse code
 * @param type       only events of this simple type name ({@code StockReceived})
 * @param from       only events with business time ≥ this instant
 * @param to         only events with business time &lt; this instant
 */
public record AuditFilter(List<String> stockItems, String warehouse, String type, Instant from, Instant to) {

    /** @return whether the event passes the type and time parts (the others are applied by the query) */
    boolean admits(AuditEvent event) {
        return (type == null || type.equals(event.type()))
                && (from == null || !event.occurredAt().isBefore(from))
                && (to == null || event.occurredAt().isBefore(to));
    }
}
