package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.alert.AlertStatus;

import io.stockledger.inventory.command.alert.AlertType;
import io.stockledger.inventory.query.common.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The alerts projection's tables: {@code alert_stock_item} (what it knows of each stock item) and
 * {@code alert} (every alert, resolved ones kept as history). Loads and saves {@link StockItemAlerts}.
 */
final class AlertStore {

    static final RowMapper<Alert> ALERT = (rs, i) -> new Alert(rs.getString("alert_id"),
            AlertType.valueOf(rs.getString("type")), rs.getString("sku"), rs.getString("warehouse"),
            AlertStatus.valueOf(rs.getString("status")), rs.getLong("available"), rs.getLong("threshold"),
            (Long) rs.getObject("suggested_order_quantity"), Timestamps.of(rs.getTimestamp("raised_at")),
            Timestamps.of(rs.getTimestamp("acknowledged_at")), Timestamps.of(rs.getTimestamp("resolved_at")));

    private static final RowMapper<WatchedStockItem> ITEM = (rs, i) -> {
        long reorderPoint = rs.getLong("reorder_point");
        AlertThresholds thresholds = rs.wasNull() ? null : new AlertThresholds(reorderPoint,
                rs.getLong("reorder_quantity"), (Long) rs.getObject("max_stock"));
        return new WatchedStockItem(rs.getString("sku"), rs.getString("warehouse"), rs.getLong("on_hand"),
                rs.getLong("reserved"), rs.getLong("in_transit"), thresholds, rs.getBoolean("ever_stocked"),
                rs.getLong("version"));
    };

    /**
     * A stock item's key.
     *
     * @param sku       SKU code
     * @param warehouse warehouse code
     */
    record Key(String sku, String warehouse) {
    }

    private final JdbcTemplate jdbc;

    /** @param jdbc the database */
    AlertStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the stock item's state and unresolved alerts (an unseen stock item when none is stored) */
    StockItemAlerts load(Key key) {
        List<WatchedStockItem> items = jdbc.query("SELECT * FROM alert_stock_item WHERE sku = ? AND warehouse = ?",
                ITEM, key.sku(), key.warehouse());
        if (items.isEmpty()) {
            return new StockItemAlerts(WatchedStockItem.unseen(key.sku(), key.warehouse()), List.of());
        }
        List<Alert> unresolved = jdbc.query("SELECT * FROM alert WHERE sku = ? AND warehouse = ? "
                + "AND status <> 'RESOLVED'", ALERT, key.sku(), key.warehouse());
        return new StockItemAlerts(items.get(0), unresolved);
    }

    /** Writes the stock items' states (newer versions only) and their changed alerts, in order. */
    void save(Collection<StockItemAlerts> changed) {
        List<Object[]> items = new ArrayList<>(changed.size());
        List<Object[]> alerts = new ArrayList<>();
        for (StockItemAlerts s : changed) {
            WatchedStockItem item = s.item();
            AlertThresholds t = item.thresholds();
            if (item.version() < 0) {
                continue; // an acknowledgement of an alert of a stock item not seen (yet): nothing to keep
            }
            items.add(new Object[]{item.sku(), item.warehouse(), item.onHand(), item.reserved(), item.inTransit(),
                    t == null ? null : t.reorderPoint(), t == null ? null : t.reorderQuantity(),
                    t == null ? null : t.maxStock(), item.everStocked(), item.version()});
            for (Alert a : s.changed()) {
                alerts.add(new Object[]{a.id(), a.sku(), a.warehouse(), a.type().name(), a.status().name(),
                        a.available(), a.threshold(), a.suggestedOrderQuantity(), Timestamps.of(a.raisedAt()),
                        Timestamps.of(a.acknowledgedAt()), Timestamps.of(a.resolvedAt())});
            }
        }
        if (!items.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO alert_stock_item (sku, warehouse, on_hand, reserved, in_transit, reorder_point,
                      reorder_quantity, max_stock, ever_stocked, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (sku, warehouse) DO UPDATE SET on_hand = EXCLUDED.on_hand,
                      reserved = EXCLUDED.reserved, in_transit = EXCLUDED.in_transit,
                      reorder_point = EXCLUDED.reorder_point, reorder_quantity = EXCLUDED.reorder_quantity,
                      max_stock = EXCLUDED.max_stock, ever_stocked = EXCLUDED.ever_stocked, version = EXCLUDED.version
                    WHERE alert_stock_item.version < EXCLUDED.version""", items);
        }
        if (!alerts.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO alert (alert_id, sku, warehouse, type, status, available, threshold,
                      suggested_order_quantity, raised_at, acknowledged_at, resolved_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (alert_id) DO UPDATE SET status = EXCLUDED.status, available = EXCLUDED.available,
                      threshold = EXCLUDED.threshold, suggested_order_quantity = EXCLUDED.suggested_order_quantity,
                      acknowledged_at = EXCLUDED.acknowledged_at, resolved_at = EXCLUDED.resolved_at""", alerts);
        }
    }

    /** Empties both tables, for a rebuild. */
    void clear() {
        jdbc.update("DELETE FROM alert");
        jdbc.update("DELETE FROM alert_stock_item");
    }
}
