package io.stockledger.inventory.api.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockledger.inventory.api.audit.AuditFilter;
import io.stockledger.inventory.api.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills the outbox: reads the events after the stored cursor ({@code webhook_cursor}) in commit order with
 * {@link AuditLog#scan}, adds one {@code webhook_delivery} row per matching subscription and message, and
 * moves the cursor, all in one transaction, so that no event is lost or doubled across restarts. Only one
 * instance fills at a time: the transaction first takes a PostgreSQL transaction-level advisory lock
 * ({@code pg_try_advisory_xact_lock}) and gives up the round when another instance holds it.
 */
class WebhookOutbox {

    private static final Logger log = LoggerFactory.getLogger(WebhookOutbox.class);

    /** The advisory lock key of the filler ("webhooks" in ASCII, as a number). */
    static final long LOCK_KEY = 0x7765626866_6f6fL;

    private final AuditLog events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final WebhookStore subscriptions;
    private final WebhookMessages messages;
    private final ObjectMapper json;
    private final int batchSize;

    WebhookOutbox(AuditLog events, JdbcTemplate jdbc, TransactionTemplate transactions, WebhookStore subscriptions,
                  WebhookMessages messages, ObjectMapper json, int batchSize) {
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.messages = messages;
        this.json = json;
        this.batchSize = batchSize;
    }

    /** Scheduled: fills until the event store has nothing new (or another instance holds the lock). */
    void poll() {
        try {
            for (int round = 0; round < 50; round++) {
                if (fill() < batchSize) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("webhook outbox: filling failed, will retry", e);
        }
    }

    /** @return events read in this round (0 when another instance holds the lock) */
    int fill() {
        Integer read = transactions.execute(tx -> {
            Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            long cursor = jdbc.queryForObject(
                    "SELECT last_global_sequence FROM webhook_cursor WHERE id = 1 FOR UPDATE", Long.class);
            List<WebhookSubscription> subs = subscriptions.all();
            if (subs.isEmpty()) {
                // Nobody to deliver to: move the cursor to the newest visible event without reading events
                // (a subscription receives the events after its creation).
                long head = events.head();
                if (head > cursor) {
                    jdbc.update("UPDATE webhook_cursor SET last_global_sequence = ?, updated_at = now() WHERE id = 1",
                            head);
                }
                return 0;
            }
            List<Object[]> rows = new ArrayList<>();
            long[] last = {cursor};
            int[] count = {0};
            events.scan(new AuditFilter(null, null, null, null, null), cursor, event -> {
                last[0] = event.globalSequence();
                count[0]++;
                messages.of(event).ifPresent(m -> {
                    String body = body(event.globalSequence(), m);
                    for (WebhookSubscription s : subs) {
                        if (s.events().contains(m.type())) {
                            rows.add(new Object[]{s.id(), event.globalSequence(), m.type(), m.orderingKey(), body});
                        }
                    }
                });
                return count[0] < batchSize;
            });
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO webhook_delivery (subscription_id, global_sequence, event_type, "
                        + "ordering_key, payload) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows);
            }
            if (last[0] != cursor) {
                jdbc.update("UPDATE webhook_cursor SET last_global_sequence = ?, updated_at = now() WHERE id = 1",
                        last[0]);
            }
            return count[0];
        });
        return read == null ? 0 : read;
    }

    private String body(long globalSequence, WebhookMessages.Message m) {
        ObjectNode body = json.createObjectNode();
        body.put("id", globalSequence);
        body.put("type", m.type());
        body.set("data", m.data());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
