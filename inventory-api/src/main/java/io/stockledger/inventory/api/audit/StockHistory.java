package io.stockledger.inventory.api.audit;

import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.stock.StockItemEvent;
import io.stockledger.inventory.query.stock.StockLevelAsOf;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A stock item's whole event stream, read from the event store itself (never from a snapshot or projection):
 * through Axon's {@link EventStore} API, so it works with the PostgreSQL event store and with Axon Server alike
 * (reading from sequence 0 never substitutes a snapshot in either).
 */
@Component
public class StockHistory {

    private final EventStore eventStore;

    /** @param eventStore the event store */
    public StockHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * @param item SKU × warehouse
     * @return its events in stream order, empty when it has none
     */
    public List<StockLevelAsOf.Entry> of(StockItemId item) {
        List<StockLevelAsOf.Entry> entries = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(item.toString(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof StockItemEvent event) {
                entries.add(new StockLevelAsOf.Entry(message.getSequenceNumber(), event, message.getTimestamp()));
            }
        }
        return entries;
    }
}
