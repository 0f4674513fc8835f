package io.stockledger.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The events and snapshots the benchmark stores, and the serializer both engines use for them. */
final class BenchEvents {

    /** Aggregate type recorded with every event. */
    static final String AGGREGATE_TYPE = "StockItem";

    /**
     * A stock adjustment: the event appended everywhere, about 200 bytes of JSON (the exact size is printed).
     *
     * @param sku            the stock item (the aggregate identifier)
     * @param warehouseId    where the stock is
     * @param quantityDelta  change of quantity
     * @param quantityOnHand quantity after the change
     * @param reason         why it changed
     * @param adjustedBy     who changed it
     * @param adjustedAt     when
     */
    record StockAdjusted(String sku, String warehouseId, int quantityDelta, long quantityOnHand, String reason,
                         String adjustedBy, Instant adjustedAt) {
    }

    /**
     * The snapshot of a stock item.
     *
     * @param sku            the stock item
     * @param quantityOnHand its quantity
     * @param version        the sequence number the snapshot was taken at
     */
    record StockItemSnapshot(String sku, long quantityOnHand, long version) {
    }

    private BenchEvents() {
    }

    /**
     * @return Axon's Jackson serializer configured as in the service's {@code AxonConfig}: ISO-8601 instants,
     * unknown properties ignored, lenient deserialization
     */
    static Serializer serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder().objectMapper(mapper).lenientDeserialization().build();
    }

    /**
     * @param aggregateId    the stock item
     * @param sequenceNumber the event's position in the item's stream
     * @return a new adjustment event of that item
     */
    static DomainEventMessage<StockAdjusted> adjustment(String aggregateId, long sequenceNumber) {
        StockAdjusted payload = new StockAdjusted(aggregateId, "WH-ROTTERDAM-01", 3, 100 + sequenceNumber,
                                                  "cycle count correction after inbound receipt", "benchmark-user",
                                                  Instant.now());
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequenceNumber, payload);
    }

    /**
     * @param aggregateId the stock item
     * @param first       sequence number of the first event
     * @param count       number of consecutive events
     * @return {@code count} adjustments of that item from sequence {@code first} on
     */
    static List<DomainEventMessage<?>> adjustments(String aggregateId, long first, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(adjustment(aggregateId, first + i));
        }
        return events;
    }

    /**
     * @param aggregateId    the stock item
     * @param sequenceNumber the sequence number of the last event the snapshot covers
     * @return a snapshot event of that item
     */
    static DomainEventMessage<StockItemSnapshot> snapshot(String aggregateId, long sequenceNumber) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequenceNumber,
                                               new StockItemSnapshot(aggregateId, 42, sequenceNumber));
    }

    /** @return the size in bytes of one adjustment's serialized JSON payload */
    static int payloadSize(Serializer serializer) {
        return serializer.serialize(adjustment("SKU-000001", 0).getPayload(), byte[].class).getData().length;
    }
}
