package io.stockledger.inventory.api.webhook;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code webhook_subscription} table. */
class WebhookStore {

    private final JdbcTemplate jdbc;

    WebhookStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WebhookSubscription s) {
        jdbc.update("INSERT INTO webhook_subscription (id, url, events, secret, created_at) VALUES (?, ?, ?, ?, ?)",
                s.id(), s.url(), String.join(",", s.events()), s.secret(), Timestamp.from(s.createdAt()));
    }

    /** @return every subscription, with secrets, oldest first */
    List<WebhookSubscription> all() {
        return jdbc.query("SELECT id, url, events, secret, created_at FROM webhook_subscription "
                + "ORDER BY created_at, id", (rs, i) -> new WebhookSubscription(rs.getString(1), rs.getString(2),
                Arrays.asList(rs.getString(3).split(",")), rs.getString(4), rs.getTimestamp(5).toInstant()));
    }

    Optional<WebhookSubscription> find(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** @return whether there was such a subscription (its deliveries go with it) */
    boolean delete(String id) {
        return jdbc.update("DELETE FROM webhook_subscription WHERE id = ?", id) > 0;
    }

    static Instant now() {
        return Instant.now();
    }
}
