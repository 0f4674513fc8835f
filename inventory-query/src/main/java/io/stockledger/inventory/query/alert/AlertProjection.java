package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.alert.AlertAcknowledged;
import io.stockledger.inventory.command.stock.QuantityChanged;
import io.stockledger.inventory.command.stock.ReorderPolicyChanged;
import io.stockledger.inventory.query.common.BatchedState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code alert} table: low-stock, out-of-stock and overstock alerts raised, updated and resolved from
 * each stock item's own events ({@link StockItemAlerts}, {@link AlertRules}), and acknowledged by
 * {@link AlertAcknowledged} events. Everything comes from events, so a rebuild recreates the same alerts
 * with the same ids, statuses and times.
 *
 * <p>What the rules need of a stock item (quantities, thresholds, whether it ever had stock) is kept in its
 * own table {@code alert_stock_item}, guarded by the stock item's sequence number, so redelivered events
 * change nothing. State is read and written once per batch of events ({@link BatchedState}). Run with
 * {@link AlertSequencingPolicy}, so that an acknowledgement is handled after the event that raised its alert.
 */
@ProcessingGroup("alerts")
public class AlertProjection {

    private final JdbcTemplate jdbc;
    private final AlertStore store;
    private final BatchedState<AlertStore.Key, StockItemAlerts> state;

    /** @param jdbc the database */
    public AlertProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.store = new AlertStore(jdbc);
        this.state = new BatchedState<>(store::load, store::save);
    }

    @EventHandler
    void on(QuantityChanged e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        state.update(new AlertStore.Key(e.sku(), e.warehouse()), alerts -> {
            if (!alerts.applied(sequence)) {
                alerts.observe(alerts.item().with(e.after(), sequence), businessTime(e.occurredAt(), recordedAt));
            }
        });
    }

    @EventHandler
    void on(ReorderPolicyChanged e, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        AlertThresholds thresholds = new AlertThresholds(e.reorderPoint(), e.reorderQuantity(), e.maxStock());
        state.update(new AlertStore.Key(e.sku(), e.warehouse()), alerts -> {
            if (!alerts.applied(sequence)) {
                alerts.observe(alerts.item().with(thresholds, sequence), businessTime(e.occurredAt(), recordedAt));
            }
        });
    }

    @EventHandler
    void on(AlertAcknowledged e) {
        state.update(new AlertStore.Key(e.sku(), e.warehouse()), alerts -> alerts.acknowledge(e.alertId(),
                e.occurredAt()));
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    /** @return the alert, or {@code null} */
    @QueryHandler
    public Alert handle(FindAlert query) {
        List<Alert> rows = jdbc.query("SELECT * FROM alert WHERE alert_id = ?", AlertStore.ALERT, query.alertId());
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** @return one page of alerts, most recently raised first */
    @QueryHandler
    public AlertPage handle(ListAlerts query) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (query.status() != null) {
            where.append(" AND status = ?");
            args.add(query.status().name());
        }
        if (query.type() != null) {
            where.append(" AND type = ?");
            args.add(query.type().name());
        }
        if (query.warehouse() != null) {
            where.append(" AND warehouse = ?");
            args.add(query.warehouse());
        }
        if (query.sku() != null) {
            where.append(" AND sku = ?");
            args.add(query.sku());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM alert" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<Alert> items = jdbc.query("SELECT * FROM alert" + where
                + " ORDER BY raised_at DESC, alert_id LIMIT ? OFFSET ?", AlertStore.ALERT, pageArgs.toArray());
        return new AlertPage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    private static Instant businessTime(Instant occurredAt, Instant recordedAt) {
        return occurredAt == null ? recordedAt : occurredAt;
    }
}
