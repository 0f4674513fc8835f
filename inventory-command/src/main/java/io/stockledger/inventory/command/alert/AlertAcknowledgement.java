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
 * The acknowledgement of one alert, keyed by the alert's id: a tiny aggregate so that acknowledging is an
 * event (it survives a rebuild of the alerts) without adding events to the busy stock item stream. Alerts
 * themselves are derived from the stock item events by the alerts projection; this aggregate only
 * remembers that, and when, a person acknowledged one. Acknowledging again is a no-op.
 */
@Aggregate
public class AlertAcknowledgement {

    @AggregateIdentifier
    private String alertId;
    private Instant acknowledgedAt;

    /** An empty acknowledgement, given its identity by its first event (creation policy, event sourcing). */
    public AlertAcknowledgement() {
    }

    /**
     * Acknowledge the alert, once.
     *
     * @return the business time of the (first) acknowledgement
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Instant handle(AcknowledgeAlert command) {
        if (acknowledgedAt == null) {
            apply(new AlertAcknowledged(command.alertId().value(), command.stockItemId().sku().value(),
                    command.stockItemId().warehouse().value(), command.type(), command.occurredAt()));
        }
        return acknowledgedAt;
    }

    @EventSourcingHandler
    void on(AlertAcknowledged event) {
        alertId = event.alertId();
        acknowledgedAt = event.occurredAt();
    }
}
