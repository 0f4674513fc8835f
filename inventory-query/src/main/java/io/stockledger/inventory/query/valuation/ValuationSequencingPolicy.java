package io.stockledger.inventory.query.valuation;

import io.stockledger.inventory.command.stock.StockItemEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Sequencing of the {@code valuation} processor: the events of all stock items of one SKU in one sequence
 * (instead of one per stock item), so a transfer received at one warehouse is handled after everything that
 * happened before it at the source warehouse, whose average cost it takes over.
 */
public class ValuationSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof StockItemEvent e) {
            return e.sku();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
