package io.stockledger.inventory.query.stock;

import io.stockledger.inventory.command.stock.BinAssigned;
import io.stockledger.inventory.command.stock.QuantityChanged;
import io.stockledger.inventory.command.stock.ReorderPolicyChanged;
import io.stockledger.inventory.command.stock.StockLevel;
import io.stockledger.inventory.query.common.Timestamps;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import io.stockledger.inventory.query.common.BatchedWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code stock_level} table: one row per stock item. Events carry the quantities after each change,
 * so every write is an idempotent upsert guarded by the aggregate's sequence number ({@code version}):
 * replays and redeliveries cannot double count.
 */
@ProcessingGroup("stock-levels")
public class StockLevelProjection {

    static final RowMapper<StockLevel> ROW = (rs, i) -> new StockLevel(rs.getString("sku"),
            rs.getString("warehouse"), rs.getLong("on_hand"), rs.getLong("reserved"),
            rs.getLong("on_hand") - rs.getLong("reserved"), rs.getLong("in_transit"), rs.getLong("damaged"),
            rs.getString("bin"), (Long) rs.getObject("reorder_point"), (Long) rs.getObject("reorder_quantity"),
            (Long) rs.getObject("safety_stock"), (Long) rs.getObject("max_stock"),
            (Integer) rs.getObject("lead_time_days"), rs.getLong("version"),
            Timestamps.of(rs.getTimestamp("updated_at")));

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    /** @param jdbc the database */
    public StockLevelProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc);
    }

    @EventHandler
    void on(QuantityChanged e, @SequenceNumber long version) {
        // Each event carries the whole quantities: within a batch only the last one per stock item counts.
        writes.put(e.sku() + "@" + e.warehouse(), """
                INSERT INTO stock_level (sku, warehouse, on_hand, reserved, damaged, in_transit, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (sku, warehouse) DO UPDATE SET on_hand = EXCLUDED.on_hand,
                  reserved = EXCLUDED.reserved, damaged = EXCLUDED.damaged, in_transit = EXCLUDED.in_transit,
                  version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                WHERE stock_level.version < EXCLUDED.version""",
                e.sku(), e.warehouse(), e.after().onHand(), e.after().reserved(), e.after().damaged(),
                e.after().inTransit(), version, Timestamps.of(e.occurredAt()));
    }

    @EventHandler
    void on(ReorderPolicyChanged e, @SequenceNumber long version) {
        writes.put("policy " + e.sku() + "@" + e.warehouse(), """
                INSERT INTO stock_level (sku, warehouse, reorder_point, reorder_quantity, safety_stock, max_stock,
                  lead_time_days, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (sku, warehouse) DO UPDATE SET reorder_point = EXCLUDED.reorder_point,
                  reorder_quantity = EXCLUDED.reorder_quantity, safety_stock = EXCLUDED.safety_stock,
                  max_stock = EXCLUDED.max_stock, lead_time_days = EXCLUDED.lead_time_days,
                  version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                WHERE stock_level.version < EXCLUDED.version""",
                e.sku(), e.warehouse(), e.reorderPoint(), e.reorderQuantity(), e.safetyStock(), e.maxStock(),
                e.leadTimeDays(), version, Timestamps.of(e.occurredAt()));
    }

    @EventHandler
    void on(BinAssigned e, @SequenceNumber long version) {
        writes.put("bin " + e.sku() + "@" + e.warehouse(), """
                INSERT INTO stock_level (sku, warehouse, bin, version, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (sku, warehouse) DO UPDATE SET bin = EXCLUDED.bin, version = EXCLUDED.version,
                  updated_at = EXCLUDED.updated_at
                WHERE stock_level.version < EXCLUDED.version""",
                e.sku(), e.warehouse(), e.bin(), version, Timestamps.of(e.occurredAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM stock_level");
    }

    /** @return the stock item's level, or {@code null} */
    @QueryHandler
    public StockLevel handle(FindStockLevel query) {
        List<StockLevel> rows = jdbc.query("SELECT * FROM stock_level WHERE sku = ? AND warehouse = ?", ROW,
                query.sku(), query.warehouse());
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** @return the SKU in every warehouse with totals, or {@code null} */
    @QueryHandler
    public SkuStock handle(FindSkuStock query) {
        List<StockLevel> rows = jdbc.query("SELECT * FROM stock_level WHERE sku = ? ORDER BY warehouse", ROW,
                query.sku());
        if (rows.isEmpty()) {
            return null;
        }
        long onHand = 0, reserved = 0, inTransit = 0, damaged = 0;
        for (StockLevel l : rows) {
            onHand += l.onHand();
            reserved += l.reserved();
            inTransit += l.inTransit();
            damaged += l.damaged();
        }
        return new SkuStock(query.sku(), new Totals(onHand, reserved, onHand - reserved, inTransit, damaged), rows);
    }

    /** @return one page of levels */
    @QueryHandler
    public StockLevelPage handle(ListStockLevels query) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (query.warehouse() != null) {
            where.append(" AND warehouse = ?");
            args.add(query.warehouse());
        }
        if (query.status() != null) {
            where.append(" AND ").append(query.status().condition());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM stock_level" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<StockLevel> items = jdbc.query("SELECT * FROM stock_level" + where
                + " ORDER BY sku, warehouse LIMIT ? OFFSET ?", ROW, pageArgs.toArray());
        return new StockLevelPage(items, query.page(), query.size(), total == null ? 0 : total);
    }
}
