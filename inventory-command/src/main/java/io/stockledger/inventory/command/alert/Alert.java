package io.stockledger.inventory.command.alert;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One replenishment alert of a stock item, keyed by its derived {@link AlertId}: {@code OPEN →
 * ACKNOWLEDGED → RESOLVED} or {@code OPEN → RESOLVED}. The alert rules run in the alerts processor, which
 * raises and resolves alerts by command in the same transaction as its own state; people acknowledge them.
 * Its own small stream, so the busy stock item stream carries no alert events.
 *
 * <p>Raising or resolving twice, and acknowledging twice, change nothing (redeliveries, retried requests).
 * An acknowledgement recorded before the alert's {@link AlertRaised} (stores written before alerts were
 * events, see ADR 0005) keeps the alert {@code ACKNOWLEDGED} once it is raised.
 */
@Aggregate(cache = "alertCache")
public class Alert {

    @AggregateIdentifier
    private String alertId;
    private String sku;
    private String warehouse;
    private AlertType type;
    private boolean raised;
    private boolean resolved;
    private Instant acknowledgedAt;

    /** An empty alert, given its identity by its first event (creation policy, event sourcing). */
    public Alert() {
    }

    /** Raise the alert, once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RaiseAlert command) {
        if (!raised) {
            apply(new AlertRaised(command.alertId().value(), command.stockItemId().sku().value(),
                    command.stockItemId().warehouse().value(), command.type(), command.available(),
                    command.threshold(), command.suggestedOrderQuantity(), command.occurredAt()));
        }
    }

    /**
     * Resolve the alert, once.
     *
     * @throws IllegalStateException when it was never raised (the processor raises before it resolves)
     */
    @CommandHandler
    public void handle(ResolveAlert command) {
        if (!raised) {
            throw new IllegalStateException("alert " + alertId + " was never raised");
        }
        if (!resolved) {
            apply(new AlertResolved(alertId, sku, warehouse, type, command.available(), command.occurredAt()));
        }
    }

    /**
     * Acknowledge the alert, once.
     *
     * @return the business time of the (first) acknowledgement
     * @throws AlertNotOpenException when it is resolved already
     * @throws org.axonframework.modelling.command.AggregateNotFoundException for an alert never raised
     */
    @CommandHandler
    public Instant handle(AcknowledgeAlert command) {
        if (resolved) {
            throw new AlertNotOpenException(alertId);
        }
        if (acknowledgedAt == null) {
            apply(new AlertAcknowledged(alertId, command.stockItemId().sku().value(),
                    command.stockItemId().warehouse().value(), command.type(), command.occurredAt()));
        }
        return acknowledgedAt;
    }

    /** @return OPEN, ACKNOWLEDGED or RESOLVED; {@code null} before it is raised */
    public AlertStatus status() {
        if (!raised) {
            return null;
        }
        return resolved ? AlertStatus.RESOLVED : acknowledgedAt == null ? AlertStatus.OPEN : AlertStatus.ACKNOWLEDGED;
    }

    @EventSourcingHandler
    void on(AlertRaised event) {
        alertId = event.alertId();
        sku = event.sku();
        warehouse = event.warehouse();
        type = event.type();
        raised = true;
    }

    @EventSourcingHandler
    void on(AlertResolved event) {
        resolved = true;
    }

    @EventSourcingHandler
    void on(AlertAcknowledged event) {
        alertId = event.alertId();
        acknowledgedAt = event.occurredAt();
    }
}
