package io.stockledger.inventory.api.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockledger.inventory.api.audit.AuditEvent;
import io.stockledger.inventory.api.stream.StreamEvent;
import io.stockledger.inventory.api.stream.StreamEvents;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an event of the store into the message a webhook carries, if any: the live stream's
 * {@code stock-level}, {@code reservation} and {@code alert} events ({@link StreamEvents}, the same data).
 * Each message has an ordering key: deliveries with the same key are sent in order (the stock item, for its
 * stock levels and alerts together; the reservation).
 */
final class WebhookMessages {

    static final String STOCK_LEVEL = StreamEvent.STOCK_LEVEL;
    static final String RESERVATION = StreamEvent.RESERVATION;
    static final String ALERT = StreamEvent.ALERT;

    /** The event types a subscription may name. */
    static final Set<String> TYPES = Set.of(STOCK_LEVEL, RESERVATION, ALERT);

    /**
     * A message.
     *
     * @param type        {@code stock-level}, {@code reservation} or {@code alert}
     * @param orderingKey deliveries with the same key are sent in order (stock item, reservation)
     * @param data        the message's {@code data}
     */
    record Message(String type, String orderingKey, ObjectNode data) {
    }

    private final ObjectMapper json;
    private final StreamEvents streamEvents;

    WebhookMessages(ObjectMapper json) {
        this.json = json;
        // Filters are not applied to webhooks: a reservation's stock items need not be looked up.
        this.streamEvents = new StreamEvents(json, reservationId -> List.of());
    }

    Optional<Message> of(AuditEvent event) {
        if (!"StockItem".equals(event.aggregateType()) && event.payload().path("after").isObject()) {
            return Optional.empty();
        }
        return streamEvents.of(event).map(e -> new Message(e.name(), orderingKey(e), e.data()));
    }

    /** Stock levels and alerts by stock item (in one order), reservations by reservation. */
    private static String orderingKey(StreamEvent e) {
        if (e.name().equals(RESERVATION)) {
            return "reservation:" + e.data().path("reservationId").asText();
        }
        return "stock:" + e.data().path("sku").asText() + "@" + e.data().path("warehouse").asText();
    }
}
