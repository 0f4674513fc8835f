package io.stockledger.inventory.api.reservation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The first answer to each {@code Idempotency-Key}, in the {@code idempotency_record} table: the request
 * body's hash, the status and the body. Records are kept {@link #RETENTION} (the contract asks for at
 * least 24 h) and then deleted by a scheduled sweep.
 */
@Component
public class IdempotencyStore {

    /** How long a key's answer is kept. */
    public static final Duration RETENTION = Duration.ofHours(48);

    /**
     * A stored answer.
     *
     * @param requestHash SHA-256 of the canonical request body
     * @param status      HTTP status of the first answer
     * @param body        its JSON body
     */
    public record Answer(String requestHash, int status, String body) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return the first answer to this key, if any */
    public Optional<Answer> find(String key) {
        List<Answer> rows = jdbc.query("SELECT request_hash, status, body FROM idempotency_record "
                + "WHERE idempotency_key = ?", (rs, i) -> new Answer(rs.getString(1), rs.getInt(2),
                rs.getString(3)), key);
        return rows.stream().findFirst();
    }

    /**
     * Keeps {@code answer} unless the key has one already (the first answer wins).
     *
     * @return the key's answer after this call
     */
    public Answer putIfAbsent(String key, Answer answer) {
        jdbc.update("INSERT INTO idempotency_record (idempotency_key, request_hash, status, body, created_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING", key,
                answer.requestHash(), answer.status(), answer.body(), Timestamp.from(clock.instant()));
        return find(key).orElse(answer);
    }

    /** Deletes answers older than {@link #RETENTION}, every 10 minutes. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    public void sweep() {
        jdbc.update("DELETE FROM idempotency_record WHERE created_at < ?",
                Timestamp.from(clock.instant().minus(RETENTION)));
    }
}
