package io.stockledger.inventory.api.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event of the ledger as auditors see it: raw, with who, when and why.
 *
 * @param globalSequence the event's position in the event store (its global index), the paging cursor
 * @param aggregateType  {@code StockItem}, {@code Reservation}, {@code Transfer}, {@code Warehouse}, …
 * @param aggregateId    the aggregate's identifier ({@code SKU@WAREHOUSE} for a stock item)
 * @param sequence       the event's sequence number within its aggregate (the stock item's version)
 * @param type           the event's simple type name, e.g. {@code StockReceived}
 * @param payload        the event as stored (JSON)
 * @param actor          who caused it: the authenticated caller, the job, or {@code system}
 * @param occurredAt     business time (the payload's {@code occurredAt}, else the recording time)
 * @param recordedAt     when the event store recorded it
 * @param correlationId  the id of the HTTP request (header {@code X-Correlation-Id}) or job that caused it
 * @param causationId    the id of the message (command) that caused it
 */
public record AuditEvent(long globalSequence, String aggregateType, String aggregateId, long sequence, String type,
                         JsonNode payload, String actor, Instant occurredAt, Instant recordedAt,
                         String correlationId, String causationId) {
}
