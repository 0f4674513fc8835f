package io.stockledger.inventory.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockledger.inventory.api.problem.NotAvailableException;
import io.stockledger.inventory.api.web.QueryParams;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.query.warehouse.WarehouseDirectory;
import org.springframework.beans.factory.ObjectProvider;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The raw event history for auditors: every event with who (actor), business and recording time,
 * correlation and causation ids and payload, filterable by SKU, warehouse, type and business time, paged
 * by global sequence ({@code after} = the last one seen). As JSON pages, or as NDJSON for bulk download.
 * With Axon Server as the event store (profile {@code axonserver}) there is no {@link AuditLog}, and every call
 * answers 501 {@code /problems/not-available}.
 */
@Tag(name = "Audit", description = "The raw events in commit order, and stock levels as of an instant")
@RestController
@RequestMapping("/api/v1/audit")
public class AuditController {

    /** NDJSON: one JSON object per line. */
    public static final String NDJSON = "application/x-ndjson";
    /** Most events in one JSON answer. */
    public static final int MAX_LIMIT = 1000;

    private final ObjectProvider<AuditLog> logs;
    private final WarehouseDirectory directory;
    private final ObjectMapper json;

    AuditController(ObjectProvider<AuditLog> logs, WarehouseDirectory directory, ObjectMapper json) {
        this.logs = logs;
        this.directory = directory;
        this.json = json;
    }

    /** @return the event log, present only with the PostgreSQL event store */
    private AuditLog log() {
        AuditLog log = logs.getIfAvailable();
        if (log == null) {
            throw NotAvailableException.withAxonServer("the audit event log");
        }
        return log;
    }

    /**
     * @param sku       only this SKU's stock item events (in every warehouse, or in {@code warehouse})
     * @param warehouse only stock item events of this warehouse
     * @param type      only events of this type ({@code StockReceived}, {@code ReservationPlaced}, …)
     * @param from      business time ≥ (ISO-8601)
     * @param to        business time &lt; (ISO-8601)
     * @param after     global sequence of the last event seen (default 0: from the start)
     * @param limit     1 … 1000 events (default 100)
     * @return the events in order; header {@code X-Next-After} holds the cursor for the next page
     */
    @GetMapping(path = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<AuditEvent>> events(@RequestParam(required = false) String sku,
                                                   @RequestParam(required = false) String warehouse,
                                                   @RequestParam(required = false) String type,
                                                   @RequestParam(required = false) String from,
                                                   @RequestParam(required = false) String to,
                                                   @RequestParam(defaultValue = "0") long after,
                                                   @RequestParam(defaultValue = "100") int limit) {
        AuditLog log = log();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        List<AuditEvent> events = log.read(filter(sku, warehouse, type, from, to), cursor(after), limit);
        long next = events.isEmpty() ? after : events.get(events.size() - 1).globalSequence();
        return ResponseEntity.ok().header("X-Next-After", Long.toString(next)).body(events);
    }

    /**
     * The same events as NDJSON, streamed: {@code Accept: application/x-ndjson} on {@code /events}, or
     * {@code /events/export}. Without {@code limit}, every matching event after the cursor.
     */
    @GetMapping(path = {"/events", "/events/export"}, produces = NDJSON)
    public ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String sku,
                                                        @RequestParam(required = false) String warehouse,
                                                        @RequestParam(required = false) String type,
                                                        @RequestParam(required = false) String from,
                                                        @RequestParam(required = false) String to,
                                                        @RequestParam(defaultValue = "0") long after,
                                                        @RequestParam(required = false) Long limit) {
        AuditLog log = log();
        if (limit != null && limit < 1) {
            throw new InvalidValueException("limit", "limit must be at least 1");
        }
        AuditFilter filter = filter(sku, warehouse, type, from, to);
        long start = cursor(after);
        StreamingResponseBody body = out -> write(log, out, filter, start, limit == null ? Long.MAX_VALUE : limit);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"stockledger-events.ndjson\"")
                .body(body);
    }

    private void write(AuditLog log, OutputStream out, AuditFilter filter, long after, long limit) {
        long[] written = {0};
        log.scan(filter, after, event -> {
            try {
                out.write(json.writeValueAsBytes(event));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ++written[0] < limit;
        });
    }

    private AuditFilter filter(String sku, String warehouse, String type, String from, String to) {
        WarehouseCode code = warehouse == null ? null : new WarehouseCode(warehouse);
        List<String> items = null;
        if (sku != null) {
            Sku s = new Sku(sku);
            items = code != null ? List.of(new StockItemId(s, code).toString())
                    : directory.all().stream().map(w -> StockItemId.of(s.value(), w.code()).toString()).toList();
        }
        if (type != null && !type.matches("[A-Za-z][A-Za-z0-9]{0,127}")) {
            throw new InvalidValueException("type", "type must be an event type name such as StockReceived");
        }
        return new AuditFilter(items, code == null ? null : code.value(), type, QueryParams.instant("from", from),
                QueryParams.instant("to", to));
    }

    private static long cursor(long after) {
        if (after < 0) {
            throw new InvalidValueException("after", "after must be a global sequence ≥ 0");
        }
        return after;
    }
}
