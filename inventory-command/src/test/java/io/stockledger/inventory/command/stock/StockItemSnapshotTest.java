package io.stockledger.inventory.command.stock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stock item is snapshotted with Jackson (field access, see {@code @JsonAutoDetect}): a snapshot must restore
 * every part of its state, including the open holds, the policy, the version and the time of the last change.
 */
class StockItemSnapshotTest {

    private static final String SKU = "85123A";
    private static final String WH = "DC-001";
    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T1 = Instant.parse("2024-03-01T09:00:00.123456Z");
    private static final String R1 = "6f1c2a3e-0b4d-4c5e-8f90-1a2b3c4d5e6f";
    private static final String R2 = "0d9e8f7a-6b5c-4d3e-9f21-0a1b2c3d4e5f";

    @Test
    void jacksonSnapshotRestoresTheWholeState() throws Exception {
        List<Object> payloads = List.of(
                new StockReceived(SKU, WH, 100, new BigDecimal("2.5"), "PO-1", T0, new Balances(100, 0, 0, 0)),
                new BinAssigned(SKU, WH, "A-03-12", T0),
                new ReorderPolicyChanged(SKU, WH, 20, 50, 10, null, 7, T0),
                new StockReserved(SKU, WH, R1, 30, T0, new Balances(100, 30, 0, 0)),
                new StockReserved(SKU, WH, R2, 5, T0, new Balances(100, 35, 0, 0)),
                new StockDamaged(SKU, WH, 4, "water", T1, new Balances(96, 35, 4, 0)));
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            events.add(new GenericDomainEventMessage<>("StockItem", SKU + "@" + WH, i, payloads.get(i)));
        }
        EventSourcedAggregate<StockItem> aggregate = EventSourcedAggregate.initialize(new StockItem(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(StockItem.class), SimpleEventBus.builder().build(),
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events));
        StockItem original = aggregate.getAggregateRoot();

        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        String json = mapper.writeValueAsString(original);
        StockItem restored = mapper.readValue(json, StockItem.class);

        assertThat(restored.level()).isEqualTo(original.level());
        assertThat(restored.level()).isEqualTo(new StockLevel(SKU, WH, 96, 35, 61, 0, 4, "A-03-12", 20L, 50L, 10L,
                null, 7, 5, T1));
        assertThat(restored.heldFor(R1)).isEqualTo(30);
        assertThat(restored.heldFor(R2)).isEqualTo(5);
        assertThat(restored).usingRecursiveComparison().isEqualTo(original);
    }
}
