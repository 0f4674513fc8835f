package io.stockledger.inventory.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockledger.inventory.api.config.ConditionalOnJdbcEventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the event store for auditors, straight from {@code domain_event_entry}: no projection in between.
 *
 * <p>Events come in commit order, {@code (tx_id, global_index)}, and only from transactions older than
 * the oldest one still running ({@code pg_snapshot_xmin}), exactly as the projections read them (ADR
 * 0002): a cursor ({@code after} = the last global sequence seen) therefore never jumps over an event
 * that commits late. In a quiet store this is the order of the global sequence.
 *
 * <p>Only with the PostgreSQL event store: with Axon Server (profile {@code axonserver}) the events are not in
 * this database, and this bean does not exist.
 */
@Component
@ConditionalOnJdbcEventStore
public class AuditLog {

    /** Rows read per round trip while scanning. */
    static final int CHUNK = 1000;

    private static final String COLUMNS = "global_index, type, aggregate_identifier, sequence_number, "
            + "payload_type, payload, meta_data, time_stamp, tx_id::text AS tx";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    /**
     * @param jdbc the event store's database
     * @param json reads payloads and metadata (stored as JSON bytes)
     */
    public AuditLog(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @param filter what to read
     * @param after  the global sequence of the last event already seen, 0 to start at the beginning
     * @param limit  most events to answer, ≥ 1
     * @return up to {@code limit} events after the cursor, in commit order
     */
    public List<AuditEvent> read(AuditFilter filter, long after, int limit) {
        List<AuditEvent> page = new ArrayList<>();
        scan(filter, after, event -> {
            page.add(event);
            return page.size() < limit;
        });
        return page;
    }

    /**
     * Walks every event after the cursor that passes the filter, in commit order, until the visitor says stop.
     *
     * @param filter  what to read
     * @param after   the global sequence of the last event already seen, 0 for the beginning
     * @param visitor given each event; answers whether to go on
     */
    public void scan(AuditFilter filter, long after, Predicate<AuditEvent> visitor) {
        Cursor cursor = start(after);
        while (true) {
            List<Object> args = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM domain_event_entry WHERE "
                    + "tx_id < pg_snapshot_xmin(pg_current_snapshot()) AND (tx_id, global_index) > (?::xid8, ?)");
            args.add(cursor.tx());
            args.add(cursor.index());
            if (filter.stockItems() != null) {
                if (filter.stockItems().isEmpty()) {
                    return;
                }
                sql.append(" AND aggregate_identifier IN (")
                        .append(String.join(",", Collections.nCopies(filter.stockItems().size(), "?"))).append(")");
                args.addAll(filter.stockItems());
            }
            if (filter.warehouse() != null) {
                sql.append(" AND type = 'StockItem' AND aggregate_identifier LIKE ?");
                args.add("%@" + filter.warehouse());
            }
            sql.append(" ORDER BY tx_id, global_index LIMIT ").append(CHUNK);
            List<Row> rows = jdbc.query(sql.toString(), (rs, i) -> row(rs), args.toArray());
            for (Row row : rows) {
                if (filter.admits(row.event()) && !visitor.test(row.event())) {
                    return;
                }
            }
            if (rows.size() < CHUNK) {
                return;
            }
            Row last = rows.get(rows.size() - 1);
            cursor = new Cursor(last.tx(), last.event().globalSequence());
        }
    }

    /**
     * @return the global sequence of the last event a scan can see now (the last in commit order below
     * {@code pg_snapshot_xmin}), 0 when there is none: scanning after it yields only events committed later
     */
    public long head() {
        List<Long> last = jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE "
                + "tx_id < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY tx_id DESC, global_index DESC LIMIT 1",
                Long.class);
        return last.isEmpty() ? 0 : last.get(0);
    }

    /** A position in commit order. */
    private record Cursor(String tx, long index) {
    }

    /** An event with its transaction id, to continue the scan from. */
    private record Row(AuditEvent event, String tx) {
    }

    /** The position right after the event with this global sequence (or the beginning). */
    private Cursor start(long after) {
        if (after <= 0) {
            return new Cursor("0", 0);
        }
        List<String> tx = jdbc.queryForList("SELECT tx_id::text FROM domain_event_entry WHERE global_index = ?",
                String.class, after);
        if (tx.isEmpty()) {
            // No such event (a gap): continue after the last event below it.
            List<Cursor> below = jdbc.query("SELECT tx_id::text, global_index FROM domain_event_entry "
                    + "WHERE global_index < ? ORDER BY global_index DESC LIMIT 1",
                    (rs, i) -> new Cursor(rs.getString(1), rs.getLong(2)), after);
            return below.isEmpty() ? new Cursor("0", 0) : below.get(0);
        }
        return new Cursor(tx.get(0), after);
    }

    private Row row(ResultSet rs) throws SQLException {
        JsonNode payload = parse(rs.getBytes("payload"));
        JsonNode meta = parse(rs.getBytes("meta_data"));
        Instant recordedAt = Instant.parse(rs.getString("time_stamp"));
        Instant occurredAt = payload.hasNonNull("occurredAt") ? Instant.parse(payload.get("occurredAt").asText())
                : recordedAt;
        String payloadType = rs.getString("payload_type");
        AuditEvent event = new AuditEvent(rs.getLong("global_index"), rs.getString("type"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
                payloadType.substring(payloadType.lastIndexOf('.') + 1), payload, text(meta, "actor"), occurredAt,
                recordedAt, text(meta, "correlationId"), text(meta, "causationId"));
        return new Row(event, rs.getString("tx"));
    }

    private JsonNode parse(byte[] bytes) {
        if (bytes == null) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable event in the event store", e);
        }
    }

    private static String text(JsonNode meta, String field) {
        return meta.hasNonNull(field) ? meta.get(field).asText() : null;
    }
}
