package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A seeded random walk of 2,000 commands over one stock item, run directly on an event-sourced aggregate (no
 * fixture, no event store). After every step the answered level must match a plain model of the rules and keep
 * the invariants (no quantity below zero, reserved ≤ on hand, reserved = sum of the holds); at the end the
 * recorded events, replayed into a fresh aggregate, must rebuild the same state.
 */
class StockItemInvariantTest {

    private static final StockItemId ID = StockItemId.of("SKU-R", "WH-1");
    private static final Instant T = Instant.parse("2024-05-01T00:00:00Z");

    private final AggregateModel<StockItem> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(StockItem.class);

    @Test
    void randomCommandSequenceKeepsInvariantsAndReplaysToSameState() {
        Random random = new Random(20240501L);
        List<EventMessage<?>> recorded = new ArrayList<>();
        SimpleEventBus bus = SimpleEventBus.builder().build();
        bus.subscribe(recorded::addAll);
        EventSourcedAggregate<StockItem> aggregate =
                EventSourcedAggregate.initialize(new StockItem(), model, bus, NoSnapshotTriggerDefinition.TRIGGER);

        List<ReservationId> pool = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pool.add(ReservationId.random());
        }

        // the model
        long onHand = 0;
        long reserved = 0;
        long damaged = 0;
        Map<String, Long> holds = new HashMap<>();
        int accepted = 0;
        int refused = 0;

        run(aggregate, s -> s.handle(new ReceiveStock(ID, new Quantity(50), null, null, null, T)));
        onHand = 50;

        for (int step = 0; step < 2_000; step++) {
            Instant at = T.plusSeconds(step + 1);
            int kind = random.nextInt(9);
            Object command;
            Class<? extends RuntimeException> expectedFailure = null;
            switch (kind) {
                case 0 -> {
                    long q = 1 + random.nextInt(40);
                    command = new ReceiveStock(ID, new Quantity(q), null, null, null, at);
                    onHand += q;
                }
                case 1 -> {
                    long q = 1 + random.nextInt(10);
                    boolean sellable = random.nextBoolean();
                    command = new ReturnStock(ID, new Quantity(q), null,
                            sellable ? ReturnCondition.SELLABLE : ReturnCondition.DAMAGED, at);
                    if (sellable) {
                        onHand += q;
                    } else {
                        damaged += q;
                    }
                }
                case 2 -> {
                    long q = 1 + random.nextInt(30);
                    command = new RecordDamage(ID, new Quantity(q), "step " + step, at);
                    if (q > onHand - reserved) {
                        expectedFailure = InsufficientStockException.class;
                    } else {
                        onHand -= q;
                        damaged += q;
                    }
                }
                case 3 -> {
                    long d = random.nextBoolean() ? 1 + random.nextInt(40) : -(1 + random.nextInt(40));
                    command = new AdjustStock(ID, d, "step " + step, at);
                    if (d < 0 && -d > onHand - reserved) {
                        expectedFailure = InsufficientStockException.class;
                    } else {
                        onHand += d;
                    }
                }
                case 4 -> {
                    long c = random.nextInt(150);
                    command = new CountStock(ID, c, null, at);
                    if (c < reserved) {
                        expectedFailure = InsufficientStockException.class;
                    } else {
                        onHand = c;
                    }
                }
                case 5, 6 -> {
                    ReservationId r = pool.get(random.nextInt(pool.size()));
                    long q = 1 + random.nextInt(40);
                    Long held = holds.get(r.value());
                    if (held != null && random.nextBoolean()) {
                        q = held; // an idempotent repeat
                    }
                    command = new ReserveStock(ID, r, new Quantity(q), at);
                    if (held != null) {
                        if (held != q) {
                            expectedFailure = InvalidValueException.class;
                        }
                    } else if (q > onHand - reserved) {
                        expectedFailure = InsufficientStockException.class;
                    } else {
                        holds.put(r.value(), q);
                        reserved += q;
                    }
                }
                case 7 -> {
                    ReservationId r = pool.get(random.nextInt(pool.size()));
                    command = new ShipReservedStock(ID, r, at);
                    Long held = holds.remove(r.value());
                    if (held != null) {
                        onHand -= held;
                        reserved -= held;
                    }
                }
                default -> {
                    ReservationId r = pool.get(random.nextInt(pool.size()));
                    command = new ReleaseReservedStock(ID, r, "RELEASED", at);
                    Long held = holds.remove(r.value());
                    if (held != null) {
                        reserved -= held;
                    }
                }
            }

            int eventsBefore = recorded.size();
            StockLevel level;
            try {
                level = run(aggregate, s -> dispatch(s, command));
                if (expectedFailure != null) {
                    fail("step %d: %s was accepted but should fail with %s", step, command,
                            expectedFailure.getSimpleName());
                }
                accepted++;
            } catch (InsufficientStockException | InvalidValueException e) {
                if (!e.getClass().equals(expectedFailure)) {
                    throw new AssertionError("step " + step + ": " + command + " failed unexpectedly", e);
                }
                assertThat(recorded).as("step %d: a refused command applies nothing", step).hasSize(eventsBefore);
                level = aggregate.getAggregateRoot().level();
                refused++;
            }

            String at_ = "step " + step + " " + command;
            assertThat(level.onHand()).as(at_).isEqualTo(onHand).isNotNegative();
            assertThat(level.reserved()).as(at_).isEqualTo(reserved).isNotNegative()
                    .isLessThanOrEqualTo(level.onHand())
                    .isEqualTo(holds.values().stream().mapToLong(Long::longValue).sum());
            assertThat(level.damaged()).as(at_).isEqualTo(damaged).isNotNegative();
            assertThat(level.available()).as(at_).isEqualTo(onHand - reserved).isNotNegative();
            assertThat(level.version()).as(at_).isEqualTo(recorded.size() - 1L);
            for (ReservationId r : pool) {
                assertThat(aggregate.getAggregateRoot().heldFor(r.value())).as(at_)
                        .isEqualTo(holds.getOrDefault(r.value(), 0L));
            }
            for (EventMessage<?> event : recorded.subList(eventsBefore, recorded.size())) {
                if (event.getPayload() instanceof QuantityChanged changed) {
                    Balances after = changed.after();
                    assertThat(after.onHand()).as(at_).isNotNegative();
                    assertThat(after.reserved()).as(at_).isNotNegative().isLessThanOrEqualTo(after.onHand());
                    assertThat(after.damaged()).as(at_).isNotNegative();
                }
            }
        }
        // the walk must exercise both outcomes, or it proves little
        assertThat(accepted).isGreaterThan(500);
        assertThat(refused).isGreaterThan(100);

        List<DomainEventMessage<?>> domainEvents = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            DomainEventMessage<?> event = (DomainEventMessage<?>) recorded.get(i);
            assertThat(event.getSequenceNumber()).isEqualTo(i);
            assertThat(event.getAggregateIdentifier()).isEqualTo(ID.toString());
            domainEvents.add(event);
        }
        EventSourcedAggregate<StockItem> replayed = EventSourcedAggregate.initialize(new StockItem(), model,
                SimpleEventBus.builder().build(), NoSnapshotTriggerDefinition.TRIGGER);
        replayed.initializeState(DomainEventStream.of(domainEvents));
        assertThat(replayed.getAggregateRoot().level()).isEqualTo(aggregate.getAggregateRoot().level());
        for (ReservationId r : pool) {
            assertThat(replayed.getAggregateRoot().heldFor(r.value()))
                    .isEqualTo(aggregate.getAggregateRoot().heldFor(r.value()));
        }
    }

    private static StockLevel dispatch(StockItem item, Object command) {
        if (command instanceof ReceiveStock c) {
            return item.handle(c);
        } else if (command instanceof ReturnStock c) {
            return item.handle(c);
        } else if (command instanceof RecordDamage c) {
            return item.handle(c);
        } else if (command instanceof AdjustStock c) {
            return item.handle(c);
        } else if (command instanceof CountStock c) {
            return item.handle(c);
        } else if (command instanceof ReserveStock c) {
            return item.handle(c);
        } else if (command instanceof ShipReservedStock c) {
            return item.handle(c);
        } else if (command instanceof ReleaseReservedStock c) {
            return item.handle(c);
        }
        throw new IllegalArgumentException(String.valueOf(command));
    }

    private static StockLevel run(EventSourcedAggregate<StockItem> aggregate, Function<StockItem, StockLevel> call) {
        return aggregate.invoke(call);
    }
}
