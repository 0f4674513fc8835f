package io.stockledger.inventory.query.warehouse;

import io.stockledger.inventory.command.warehouse.WarehouseView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The warehouses, read from the {@code warehouse} table (written in the same transaction as each
 * warehouse event, so it is current) and cached in memory for the hot path of stock changes. A cached
 * entry is trusted for {@link #TTL} and dropped at once when this instance changes the warehouse;
 * another instance's change is seen after at most {@link #TTL}.
 */
public class WarehouseDirectory {

    /** How long a cached warehouse is trusted. */
    public static final Duration TTL = Duration.ofSeconds(5);

    private static final RowMapper<WarehouseView> ROW = (rs, i) -> new WarehouseView(rs.getString("code"),
            rs.getString("name"), rs.getString("address"), rs.getString("timezone"), rs.getInt("priority"),
            rs.getBoolean("active"));

    private record Entry(WarehouseView view, Instant readAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /**
     * @param jdbc  the database holding the {@code warehouse} table
     * @param clock the clock for cache ages
     */
    public WarehouseDirectory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param code warehouse code
     * @return the warehouse, or empty when no warehouse has this code
     */
    public Optional<WarehouseView> find(String code) {
        Entry entry = cache.get(code);
        Instant now = clock.instant();
        if (entry != null && entry.readAt().plus(TTL).isAfter(now)) {
            return Optional.of(entry.view());
        }
        List<WarehouseView> rows = jdbc.query("SELECT * FROM warehouse WHERE code = ?", ROW, code);
        if (rows.isEmpty()) {
            cache.remove(code);
            return Optional.empty();
        }
        cache.put(code, new Entry(rows.get(0), now));
        return Optional.of(rows.get(0));
    }

    /** @return every warehouse, ordered by code, read from the table */
    public List<WarehouseView> all() {
        return jdbc.query("SELECT * FROM warehouse ORDER BY code", ROW);
    }

    /** Forget a cached warehouse (after this instance changed it). */
    void evict(String code) {
        cache.remove(code);
    }
}
