package io.stockledger.inventory.api.stream;

import io.stockledger.inventory.api.problem.NotAvailableException;
import io.stockledger.inventory.api.problem.ProblemType;
import io.stockledger.inventory.api.web.Identifiers;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/stream}: stock level changes, reservation status changes and alerts as Server-Sent
 * Events, filterable by SKU and warehouse, resumable with {@code Last-Event-ID} (see docs/stream.md). With
 * Axon Server as the event store it answers 501 {@code /problems/not-available}.
 */
@Tag(name = "Stream", description = "Live events (Server-Sent Events)")
@RestController
public class StreamController {

    private final ObjectProvider<StreamHub> hubs;

    StreamController(ObjectProvider<StreamHub> hubs) {
        this.hubs = hubs;
    }

    /**
     * @param sku           only events of this SKU
     * @param warehouse     only events of this warehouse
     * @param lastEventId   header {@code Last-Event-ID}: the global sequence of the last event seen; the events
     *                      after it are replayed from the event store first
     * @param lastEventIdParam the same as query parameter {@code lastEventId} (the header wins)
     * @param response      for the 503 answer when too many streams are open
     * @return the event stream
     */
    @GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@RequestParam(required = false) String sku,
                             @RequestParam(required = false) String warehouse,
                             @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                             @RequestParam(name = "lastEventId", required = false) String lastEventIdParam,
                             HttpServletResponse response) throws IOException {
        StreamHub hub = hubs.getIfAvailable();
        if (hub == null) {
            throw NotAvailableException.withAxonServer("the event stream");
        }
        String skuFilter = sku == null || sku.isBlank() ? null : Identifiers.sku("sku", sku).value();
        String warehouseFilter = warehouse == null || warehouse.isBlank() ? null
                : Identifiers.warehouse("warehouse", warehouse).value();
        Long resumeAfter = sequence(lastEventId != null && !lastEventId.isBlank() ? lastEventId : lastEventIdParam);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        try {
            return hub.open(skuFilter, warehouseFilter, resumeAfter);
        } catch (StreamHub.TooManyStreamsException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            // Written here: the mapping produces text/event-stream, which a problem body could not be negotiated to.
            ProblemType type = ProblemType.TOO_MANY_STREAMS;
            response.getOutputStream().write(("{\"type\":\"" + type.type() + "\",\"title\":\"" + type.title()
                    + "\",\"status\":" + type.status().value() + ",\"detail\":\"" + e.getMessage() + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
            return null;
        }
    }

    private static Long sequence(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long sequence = Long.parseLong(value.trim());
            if (sequence < 0) {
                throw new NumberFormatException();
            }
            return sequence;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Last-Event-ID", "must be a global sequence (an integer ≥ 0)");
        }
    }
}
