package io.stockledger.inventory.command.reservation;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Callable;
import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.stock.Balances;
import io.stockledger.inventory.command.stock.QuantityChanged;
import io.stockledger.inventory.command.stock.ReceiveStock;
import io.stockledger.inventory.command.stock.StockItem;
import io.stockledger.inventory.command.stock.StockLevel;
import io.stockledger.inventory.command.stock.StockReceived;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory Axon configuration of {@link ReservationCommandHandlerTest} as a reusable fixture: stock
 * items (weak reference cache, as cached in production) and reservations in an embedded in-memory event
 * store, {@link ReservationCommandHandler} registered as command handler, commands through the gateway.
 * What was stored is read back from the event store.
 */
final class ReservationFixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    static final Instant T1 = Instant.parse("2024-03-01T09:00:00Z");
    static final Instant T2 = Instant.parse("2024-03-01T10:00:00Z");
    static final Instant EXPIRES = Instant.parse("2024-03-02T09:00:00Z");

    final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    final Configuration config;

    /** The standard configuration. */
    ReservationFixture() {
        this(UnaryOperator.identity());
    }

    /**
     * @param stockItemsOfHandler decorates the stock item repository that {@link ReservationCommandHandler}
     *                            is given (the stock item's own command handlers keep the real one)
     */
    ReservationFixture(UnaryOperator<Repository<StockItem>> stockItemsOfHandler) {
        AggregateConfigurer<StockItem> stockItems = AggregateConfigurer.defaultConfiguration(StockItem.class);
        stockItems.configureWeakReferenceCache();
        config = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(stockItems)
                .configureAggregate(Reservation.class)
                .registerCommandHandler(c -> new ReservationCommandHandler(
                        stockItemsOfHandler.apply(c.repository(StockItem.class)), c.repository(Reservation.class)))
                .buildConfiguration();
        config.start();
    }

    @Override
    public void close() {
        config.shutdown();
    }

    // ---------------------------------------------------------------- building commands

    static StockItemId item(String sku, String warehouse) {
        return StockItemId.of(sku, warehouse);
    }

    /** A line in a named warehouse. */
    static ReservationLine line(String sku, String warehouse, long quantity) {
        return new ReservationLine(new Sku(sku), new WarehouseCode(warehouse), new Quantity(quantity));
    }

    /** A line naming no warehouse: allocated over the candidates. */
    static ReservationLine anywhere(String sku, long quantity) {
        return new ReservationLine(new Sku(sku), null, new Quantity(quantity));
    }

    static AllocationCandidate candidate(String warehouse, int priority) {
        return new AllocationCandidate(warehouse, priority);
    }

    static String orderOf(ReservationId id) {
        return "ORD-" + id.value().substring(0, 8);
    }

    static PlaceReservation placeCommand(ReservationId id, List<ReservationLine> lines,
                                         List<AllocationCandidate> candidates) {
        return new PlaceReservation(id, orderOf(id), lines, candidates, EXPIRES, T1, false);
    }

    // ---------------------------------------------------------------- sending

    <R> R send(Object command) {
        return config.commandGateway().sendAndWait(command);
    }

    StockLevel receive(String sku, String warehouse, long quantity) {
        return send(new ReceiveStock(item(sku, warehouse), new Quantity(quantity), null, null, null, T0));
    }

    ReservationView place(ReservationId id, List<AllocationCandidate> candidates, ReservationLine... lines) {
        return send(placeCommand(id, List.of(lines), candidates));
    }

    // ---------------------------------------------------------------- reading the event store

    List<DomainEventMessage<?>> eventsOf(String aggregateId) {
        return config.eventStore().readEvents(aggregateId).asStream().collect(Collectors.toList());
    }

    List<Object> payloadsOf(String aggregateId) {
        return eventsOf(aggregateId).stream().map(EventMessage::getPayload).collect(Collectors.toList());
    }

    List<Object> payloadsOf(StockItemId item) {
        return payloadsOf(item.toString());
    }

    List<Object> allPayloads() {
        return engine.readEvents(null, false).map(EventMessage::getPayload).collect(Collectors.toList());
    }

    <T> List<T> payloadsOfType(Class<T> type) {
        return allPayloads().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** The stock item's balances after its last quantity change, read from its events. */
    Balances balancesOf(String sku, String warehouse) {
        Balances last = null;
        for (Object payload : payloadsOf(item(sku, warehouse))) {
            if (payload instanceof QuantityChanged changed) {
                last = changed.after();
            }
        }
        assertThat(last).as("balances of %s@%s", sku, warehouse).isNotNull();
        return last;
    }

    /** Only receipts are stored: no hold, no reservation, nothing else. */
    void assertOnlyReceiptsStored() {
        assertThat(allPayloads()).as("stored events").allMatch(StockReceived.class::isInstance);
    }

    static InsufficientStockException insufficient(Throwable thrown) {
        assertThat(thrown).isInstanceOf(InsufficientStockException.class);
        return (InsufficientStockException) thrown;
    }

    /**
     * Runs every task on its own thread, all released at once, and waits for all (60 s at most each);
     * any task's failure fails the caller.
     */
    static void race(List<? extends Callable<?>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (Callable<?> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS); // a deadlock or lost update fails here
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
