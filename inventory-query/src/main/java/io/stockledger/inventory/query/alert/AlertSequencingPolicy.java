package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.alert.AlertAcknowledged;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Sequencing of the {@code alerts} processor: every event in the order of its aggregate (as by default),
 * except that an {@link AlertAcknowledged}, an event of another aggregate, is put in its stock item's
 * sequence ({@code SKU@WAREHOUSE}). So it is handled by the same segment as the stock item's events, after
 * the event that raised its alert, also while segments replay at different speeds.
 */
public class AlertSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof AlertAcknowledged acknowledged) {
            return acknowledged.sku() + "@" + acknowledged.warehouse();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
