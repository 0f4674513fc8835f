package io.stockledger.inventory.api.webhook;

import io.stockledger.inventory.command.common.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends due deliveries of the outbox. A round claims up to a batch of due deliveries with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} (so several instances never claim the same row) and leases them
 * (their {@code next_attempt_at} moves past the request timeout, so that a delivery of an instance that dies
 * is taken up again), then POSTs them on a few threads. A delivery is due only when no earlier delivery of
 * the same subscription and ordering key (stock item, reservation) is still open: per key, one at a time, in
 * order. 2xx marks it delivered; anything else schedules the next attempt ({@link Backoff}) until the
 * attempts or the age run out, then it is marked failed and the next one of its key may go.
 */
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private static final String CLAIM = "SELECT d.id, d.event_type, d.payload, d.attempts, d.created_at, s.url, "
            + "s.secret FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id "
            + "WHERE d.delivered_at IS NULL AND d.failed_at IS NULL AND d.next_attempt_at <= now() "
            + "AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.subscription_id = d.subscription_id "
            + "AND e.ordering_key = d.ordering_key AND e.id < d.id AND e.delivered_at IS NULL "
            + "AND e.failed_at IS NULL) ORDER BY d.id LIMIT ? FOR UPDATE OF d SKIP LOCKED";

    /** A claimed delivery. */
    record Claimed(long id, String eventType, String payload, int attempts, Instant createdAt, String url,
                   String secret) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final WebhookUrlPolicy urls;
    private final WebhookProperties properties;
    private final Backoff backoff;
    private final HttpClient http;
    private final ExecutorService executor;

    WebhookSender(JdbcTemplate jdbc, TransactionTemplate transactions, WebhookUrlPolicy urls,
                  WebhookProperties properties, ExecutorService executor) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.urls = urls;
        this.properties = properties;
        this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff());
        this.executor = executor;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Scheduled: sends rounds until nothing is due (bounded, so that the scheduler thread comes back). */
    void run() {
        try {
            for (int round = 0; round < 20; round++) {
                if (round() == 0) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("webhook sender: round failed, will retry", e);
        }
    }

    /** @return deliveries attempted */
    int round() {
        List<Claimed> claimed = claim();
        List<Future<?>> sending = new ArrayList<>();
        for (Claimed c : claimed) {
            sending.add(executor.submit(() -> send(c)));
        }
        for (Future<?> f : sending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } catch (Exception e) {
                log.warn("webhook delivery failed unexpectedly", e);
            }
        }
        return claimed.size();
    }

    private List<Claimed> claim() {
        Duration lease = properties.requestTimeout().plus(properties.connectTimeout()).plusSeconds(30);
        return transactions.execute(tx -> {
            List<Claimed> rows = jdbc.query(CLAIM, (rs, i) -> new Claimed(rs.getLong(1), rs.getString(2),
                    rs.getString(3), rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                    rs.getString(7)), properties.batchSize());
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("UPDATE webhook_delivery SET next_attempt_at = ? WHERE id = ?",
                        rows.stream().map(c -> new Object[]{Timestamp.from(Instant.now().plus(lease)), c.id()})
                                .toList());
            }
            return rows;
        });
    }

    private void send(Claimed c) {
        Integer status = null;
        String error;
        try {
            URI uri = URI.create(c.url());
            urls.checkAddresses(uri);
            byte[] body = c.payload().getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Stockledger-Webhooks/1")
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(c.secret(), body))
                    .header("X-Stockledger-Event", c.eventType())
                    .header("X-Stockledger-Delivery", Long.toString(c.id()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status >= 200 && status < 300) {
                jdbc.update("UPDATE webhook_delivery SET delivered_at = now(), attempts = attempts + 1, "
                        + "last_status = ?, last_error = NULL WHERE id = ?", status, c.id());
                return;
            }
            error = "HTTP " + status;
        } catch (InvalidValueException e) {
            error = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        failed(c, status, error);
    }

    private void failed(Claimed c, Integer status, String error) {
        int attempts = c.attempts() + 1;
        Instant now = Instant.now();
        Instant next = now.plus(backoff.delay(attempts, ThreadLocalRandom.current().nextDouble()));
        String message = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= properties.maxAttempts() || next.isAfter(c.createdAt().plus(properties.maxAge()))) {
            log.warn("webhook delivery {} to {} failed for good after {} attempts: {}", c.id(), c.url(), attempts,
                    message);
            jdbc.update("UPDATE webhook_delivery SET failed_at = now(), attempts = ?, last_status = ?, "
                    + "last_error = ? WHERE id = ?", attempts, status, message, c.id());
        } else {
            jdbc.update("UPDATE webhook_delivery SET next_attempt_at = ?, attempts = ?, last_status = ?, "
                    + "last_error = ? WHERE id = ?", Timestamp.from(next), attempts, status, message, c.id());
        }
    }
}
