package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.alert.AlertEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Sequencing of the {@code alerts} processor: every event in the order of its aggregate (as by default),
 * except that an alert's events ({@link AlertEvent}, events of another aggregate) are put in their stock item's
 * sequence ({@code SKU@WAREHOUSE}). So it is handled by the same segment as the stock item's events, after
 * the event that raised its alert, also while segments replay at different speeds.
 */
public class AlertSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof AlertEvent alert) {
            return alert.sku() + "@" + alert.warehouse();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
