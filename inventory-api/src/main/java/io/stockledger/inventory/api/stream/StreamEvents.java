package io.stockledger.inventory.api.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockledger.inventory.api.audit.AuditEvent;
import io.stockledger.inventory.api.stream.StreamEvent.StockItemKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns events of the event store (as {@link AuditEvent}s) into stream events. Pure: no I/O of its own (the allocations of a reservation that has ended are looked up by the given
 * function).
 */
public final class StreamEvents {

    /** Reservation event type → the reservation's status after it. */
    static final Map<String, String> RESERVATION_STATUS = Map.of(
            "ReservationPlaced", "RESERVED",
            "ReservationShipped", "SHIPPED",
            "ReservationReleased", "RELEASED",
            "ReservationExpired", "EXPIRED");

    /** Alert event type → the alert's status after it. */
    static final Map<String, String> ALERT_STATUS = Map.of(
            "AlertRaised", "OPEN",
            "AlertAcknowledged", "ACKNOWLEDGED",
            "AlertResolved", "RESOLVED");

    private final ObjectMapper json;
    private final Function<String, List<StockItemKey>> allocationsOf;

    /**
     * @param json          builds the JSON data
     * @param allocationsOf a reservation's stock items (from its {@code ReservationPlaced}), for the filters of
     *                      the events that do not carry them; an empty list when unknown
     */
    public StreamEvents(ObjectMapper json, Function<String, List<StockItemKey>> allocationsOf) {
        this.json = json;
        this.allocationsOf = allocationsOf;
    }

    /**
     * @param event an event of the store
     * @return its stream event: {@code stock-level} for a stock item event that carries balances
     * ({@code payload.after}), {@code reservation} for a reservation's status change, {@code alert} for an
     * alert raised, acknowledged or resolved; empty for any other
     */
    public Optional<StreamEvent> of(AuditEvent event) {
        JsonNode payload = event.payload();
        if (payload.path("after").isObject()) {
            return Optional.of(stockLevel(event));
        }
        String status = RESERVATION_STATUS.get(event.type());
        if (status != null) {
            return Optional.of(reservation(event, status));
        }
        String alertStatus = ALERT_STATUS.get(event.type());
        if (alertStatus != null) {
            return Optional.of(alert(event, alertStatus));
        }
        return Optional.empty();
    }

    private StreamEvent stockLevel(AuditEvent event) {
        JsonNode payload = event.payload();
        JsonNode after = payload.get("after");
        String id = event.aggregateId() == null ? "" : event.aggregateId();
        int at = id.lastIndexOf('@');
        String sku = payload.hasNonNull("sku") ? payload.get("sku").asText() : at < 0 ? id : id.substring(0, at);
        String warehouse = payload.hasNonNull("warehouse") ? payload.get("warehouse").asText()
                : at < 0 ? null : id.substring(at + 1);
        long onHand = after.path("onHand").asLong();
        long reserved = after.path("reserved").asLong();
        ObjectNode data = json.createObjectNode()
                .put("sku", sku)
                .put("warehouse", warehouse)
                .put("onHand", onHand)
                .put("reserved", reserved)
                .put("available", onHand - reserved)
                .put("inTransit", after.path("inTransit").asLong())
                .put("damaged", after.path("damaged").asLong())
                .put("version", event.sequence())
                .put("occurredAt", event.occurredAt().toString())
                .put("eventType", event.type());
        return new StreamEvent(event.globalSequence(), StreamEvent.STOCK_LEVEL, data,
                List.of(new StockItemKey(sku, warehouse)));
    }

    private StreamEvent reservation(AuditEvent event, String status) {
        JsonNode payload = event.payload();
        String reservationId = payload.hasNonNull("reservationId") ? payload.get("reservationId").asText()
                : event.aggregateId();
        List<StockItemKey> items = payload.path("allocations").isArray() ? allocations(payload.get("allocations"))
                : allocationsOf.apply(reservationId);
        ObjectNode data = json.createObjectNode()
                .put("reservationId", reservationId)
                .put("orderId", payload.path("orderId").asText(null))
                .put("status", status)
                .put("occurredAt", event.occurredAt().toString());
        var allocations = data.putArray("allocations");
        if (payload.path("allocations").isArray()) {
            payload.get("allocations").forEach(a -> allocations.addObject().put("sku", a.path("sku").asText())
                    .put("warehouse", a.path("warehouse").asText()).put("quantity", a.path("quantity").asLong()));
        } else {
            items.forEach(a -> allocations.addObject().put("sku", a.sku()).put("warehouse", a.warehouse()));
        }
        return new StreamEvent(event.globalSequence(), StreamEvent.RESERVATION, data, items);
    }

    /**
     * @param allocations the {@code allocations} of a {@code ReservationPlaced} payload
     * @return their stock items
     */
    public static List<StockItemKey> allocations(JsonNode allocations) {
        List<StockItemKey> items = new ArrayList<>();
        allocations.forEach(a -> items.add(new StockItemKey(a.path("sku").asText(), a.path("warehouse").asText())));
        return List.copyOf(items);
    }

    private StreamEvent alert(AuditEvent event, String status) {
        JsonNode p = event.payload();
        String sku = p.path("sku").asText();
        String warehouse = p.path("warehouse").asText();
        ObjectNode data = json.createObjectNode()
                .put("id", p.path("alertId").asText())
                .put("type", p.path("type").asText())
                .put("sku", sku)
                .put("warehouse", warehouse)
                .put("status", status);
        String at = event.occurredAt().toString();
        switch (status) {
            case "OPEN" -> {
                data.put("available", p.path("available").asLong()).put("threshold", p.path("threshold").asLong());
                data.set("suggestedOrderQuantity", p.path("suggestedOrderQuantity").isNumber()
                        ? p.get("suggestedOrderQuantity") : json.nullNode());
                data.put("raisedAt", at);
            }
            case "RESOLVED" -> data.put("available", p.path("available").asLong()).put("resolvedAt", at);
            default -> data.put("acknowledgedAt", at);
        }
        data.put("occurredAt", at).put("eventType", event.type());
        return new StreamEvent(event.globalSequence(), StreamEvent.ALERT, data,
                List.of(new StockItemKey(sku, warehouse)));
    }
}
