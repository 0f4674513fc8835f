package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.alert.AlertStatus;

import io.stockledger.inventory.command.alert.AlertId;
import io.stockledger.inventory.command.alert.AlertType;
import io.stockledger.inventory.command.alert.RaiseAlert;
import io.stockledger.inventory.command.alert.ResolveAlert;
import io.stockledger.inventory.command.common.StockItemId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alert decisions for one stock item, without a database: its watched state, its unresolved alerts (at
 * most one per type) and the alerts changed since it was loaded, in the order they changed.
 *
 * <p>After each event of the stock item ({@link #observe}), for each rule of {@link AlertRules}: a rule
 * that starts to hold raises a new {@code OPEN} alert; a rule that keeps holding updates its alert's
 * quantities (status unchanged); a rule that stops holding resolves its alert at the event's business
 * time. A person's acknowledgement turns an {@code OPEN} alert {@code ACKNOWLEDGED} ({@link #acknowledge});
 * resolution comes from the stock alone.
 */
final class StockItemAlerts {

    private WatchedStockItem item;
    private final Map<AlertType, Alert> unresolved = new EnumMap<>(AlertType.class);
    private final Map<String, Alert> changed = new LinkedHashMap<>();

    /**
     * @param item       the stock item's state as stored
     * @param unresolved its OPEN and ACKNOWLEDGED alerts as stored
     */
    StockItemAlerts(WatchedStockItem item, Collection<Alert> unresolved) {
        this.item = item;
        for (Alert alert : unresolved) {
            this.unresolved.put(alert.type(), alert);
        }
    }

    /** @return the stock item's state */
    WatchedStockItem item() {
        return item;
    }

    /** @return whether the event with this sequence number was applied already (a redelivery) */
    boolean applied(long sequence) {
        return sequence <= item.version();
    }

    /**
     * Applies the stock item's new state and the alert rules.
     *
     * @param next the stock item after an event
     * @param at   the event's business time
     * @return the alerts this raised, updated or resolved
     */
    List<Alert> observe(WatchedStockItem next, Instant at) {
        item = next;
        Map<AlertType, AlertCondition> holding = new EnumMap<>(AlertType.class);
        for (AlertCondition condition : AlertRules.holding(next)) {
            holding.put(condition.type(), condition);
        }
        List<Alert> changes = new ArrayList<>();
        for (AlertType type : AlertType.values()) {
            Alert current = unresolved.get(type);
            AlertCondition condition = holding.get(type);
            Alert updated;
            if (current == null && condition == null) {
                continue;
            } else if (current == null) {
                updated = new Alert(AlertId.derive(next.sku(), next.warehouse(), type, next.version()).value(),
                        type, next.sku(), next.warehouse(), AlertStatus.OPEN, condition.available(),
                        condition.threshold(), condition.suggestedOrderQuantity(), at, null, null);
            } else if (condition == null) {
                updated = current.resolved(at);
            } else {
                updated = current.following(condition);
                if (updated.equals(current)) {
                    continue;
                }
            }
            record(updated);
            changes.add(updated);
        }
        return changes;
    }

    /**
     * The commands that record the transitions of {@link #observe} as events of the alerts: a
     * {@link RaiseAlert} for each alert raised by the stock item's latest event (its id derives from that very
     * event), a {@link ResolveAlert} for each alert resolved; alerts whose quantities only followed the stock
     * item need none.
     *
     * @param changes what {@link #observe} answered for the stock item's latest event
     * @return the commands, in the order of the changes
     */
    List<Object> commands(List<Alert> changes) {
        List<Object> commands = new ArrayList<>(changes.size());
        for (Alert a : changes) {
            AlertId id = new AlertId(a.id());
            if (a.status() == AlertStatus.RESOLVED) {
                commands.add(new ResolveAlert(id, a.available(), a.resolvedAt()));
            } else if (id.equals(AlertId.derive(a.sku(), a.warehouse(), a.type(), item.version()))) {
                commands.add(new RaiseAlert(id, StockItemId.of(a.sku(), a.warehouse()), a.type(), a.available(),
                        a.threshold(), a.suggestedOrderQuantity(), a.raisedAt()));
            }
        }
        return commands;
    }

    /**
     * Acknowledges the alert if it is this stock item's and {@code OPEN}; otherwise (acknowledged already,
     * resolved first, unknown) nothing changes.
     *
     * @param alertId the alert
     * @param at      business time of the acknowledgement
     * @return the acknowledged alert, or {@code null} when nothing changed
     */
    Alert acknowledge(String alertId, Instant at) {
        for (Alert alert : unresolved.values()) {
            if (alert.id().equals(alertId) && alert.status() == AlertStatus.OPEN) {
                Alert acknowledged = alert.acknowledged(at);
                record(acknowledged);
                return acknowledged;
            }
        }
        return null;
    }

    /** @return the OPEN and ACKNOWLEDGED alerts, in type order */
    Collection<Alert> unresolved() {
        return List.copyOf(unresolved.values());
    }

    /**
     * @return the alerts changed since loading, each in its latest state, in the order of their first change
     * (so an alert is resolved before the next alert of its type is raised: the order the unique index of
     * unresolved alerts needs)
     */
    Collection<Alert> changed() {
        return List.copyOf(changed.values());
    }

    private void record(Alert alert) {
        if (alert.isOpen()) {
            unresolved.put(alert.type(), alert);
        } else {
            unresolved.remove(alert.type());
        }
        changed.put(alert.id(), alert);
    }
}
