package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.alert.AlertAcknowledged;
import io.stockledger.inventory.command.alert.RaiseAlert;
import io.stockledger.inventory.command.alert.ResolveAlert;
import io.stockledger.inventory.command.stock.QuantityChanged;
import io.stockledger.inventory.command.stock.ReorderPolicyChanged;
import io.stockledger.inventory.query.common.BatchedState;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The alert rules and the {@code alert} table: low-stock, out-of-stock and overstock alerts raised, updated
 * and resolved from each stock item's own events ({@link StockItemAlerts}, {@link AlertRules}), and
 * acknowledged by {@link AlertAcknowledged} events. Everything comes from events, so a rebuild recreates the
 * same alerts with the same ids, statuses and times.
 *
 * <p>It also records each transition as an event of the alert ({@link RaiseAlert}, {@link ResolveAlert}),
 * dispatched on the command bus in the handler's own unit of work: the alert's events are appended in the
 * same database transaction as this processor's tables and token, so they are written exactly once for
 * each transition, in the stock item's order (ADR 0005). In a replay (a rebuild) the transitions were
 * recorded already and nothing is dispatched; were they dispatched again, the derived ids would make them
 * no-ops.
 *
 * <p>What the rules need of a stock item (quantities, thresholds, whether it ever had stock) is kept in its
 * own table {@code alert_stock_item}, guarded by the stock item's sequence number, so redelivered events
 * change nothing. State is read and written once per batch of events ({@link BatchedState}). Run with
 * {@link AlertSequencingPolicy}, so that an acknowledgement is handled after the event that raised its alert.
 */
@ProcessingGroup("alerts")
public class AlertProjection {

    /** The {@code actor} of the alerts' raise and resolve events. */
    public static final String ACTOR = "system:alerts";

    private final JdbcTemplate jdbc;
    private final CommandBus commandBus;
    private final AlertStore store;
    private final BatchedState<AlertStore.Key, StockItemAlerts> state;

    /**
     * @param jdbc       the database
     * @param commandBus where the alerts' transitions are dispatched: a bus that handles commands on the
     *                   dispatching thread (Axon's {@code SimpleCommandBus}), so they join this unit of work
     */
    public AlertProjection(JdbcTemplate jdbc, CommandBus commandBus) {
        this.jdbc = jdbc;
        this.commandBus = commandBus;
        this.store = new AlertStore(jdbc);
        this.state = new BatchedState<>(store::load, store::save);
    }

    @EventHandler
    void on(QuantityChanged e, @SequenceNumber long sequence, @Timestamp Instant recordedAt, ReplayStatus replay,
            @MetaDataValue("correlationId") String correlationId) {
        state.update(new AlertStore.Key(e.sku(), e.warehouse()), alerts -> {
            if (!alerts.applied(sequence)) {
                record(alerts, alerts.observe(alerts.item().with(e.after(), sequence),
                        businessTime(e.occurredAt(), recordedAt)), replay, correlationId);
            }
        });
    }

    @EventHandler
    void on(ReorderPolicyChanged e, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            ReplayStatus replay, @MetaDataValue("correlationId") String correlationId) {
        AlertThresholds thresholds = new AlertThresholds(e.reorderPoint(), e.reorderQuantity(), e.maxStock());
        state.update(new AlertStore.Key(e.sku(), e.warehouse()), alerts -> {
            if (!alerts.applied(sequence)) {
                record(alerts, alerts.observe(alerts.item().with(thresholds, sequence),
                        businessTime(e.occurredAt(), recordedAt)), replay, correlationId);
            }
        });
    }

    /** Dispatches the transitions' commands (not in a replay), failing the batch when one fails. */
    private void record(StockItemAlerts alerts, List<Alert> changes, ReplayStatus replay, String correlationId) {
        if (changes.isEmpty() || replay.isReplay()) {
            return;
        }
        MetaData metaData = MetaData.from(Map.of("actor", ACTOR,
                "correlationId", Objects.requireNonNullElse(correlationId, "none")));
        for (Object command : alerts.commands(changes)) {
            FutureCallback<Object, Object> result = new FutureCallback<>();
            commandBus.dispatch(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData), result);
            CommandResultMessage<?> answer = result.getResult();
            if (answer.isExceptional()) {
                throw new IllegalStateException("could not record " + command, answer.exceptionResult());
            }
        }
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
