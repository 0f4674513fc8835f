package io.stockledger.inventory.command.transfer;

import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.TransferId;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.stock.Balances;
import io.stockledger.inventory.command.stock.QuantityChanged;
import io.stockledger.inventory.command.stock.ReceiveStock;
import io.stockledger.inventory.command.stock.StockItem;
import io.stockledger.inventory.command.stock.StockLevel;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An in-memory Axon configuration for transfers, like the reservation fixture: stock items (weak reference
 * cache, as cached in production, or uncached) and transfers in an embedded in-memory event store,
 * {@link TransferCommandHandler} registered as command handler, commands through the gateway. What was stored
 * is read back from the event store; the aggregates' current state is read through their repositories, each
 * read in a unit of work of its own.
 */
final class TransferFixture implements AutoCloseable {

    static final String FROM = "DC-001";
    static final String TO = "DC-002";

    static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    static final Instant T1 = Instant.parse("2024-03-01T09:00:00Z");
    static final Instant T2 = Instant.parse("2024-03-01T10:00:00Z");
    static final Instant T3 = Instant.parse("2024-03-01T11:00:00Z");

    final InMemoryEventStorageEngine engine;
    final Configuration config;

    /** The standard configuration: a new store, stock items cached. */
    TransferFixture() {
        this(new InMemoryEventStorageEngine(), true);
    }

    /**
     * @param engine          the event store's storage, e.g. one of an earlier fixture (a restart)
     * @param cacheStockItems whether the stock item repository caches aggregates
     */
    TransferFixture(InMemoryEventStorageEngine engine, boolean cacheStockItems) {
        this(engine, cacheStockItems, UnaryOperator.identity());
    }

    /**
     * @param engine              the event store's storage
     * @param cacheStockItems     whether the stock item repository caches aggregates
     * @param stockItemsOfHandler decorates the stock item repository that {@link TransferCommandHandler} is
     *                            given (the stock item's own command handlers keep the real one)
     */
    TransferFixture(InMemoryEventStorageEngine engine, boolean cacheStockItems,
                    UnaryOperator<Repository<StockItem>> stockItemsOfHandler) {
        this.engine = engine;
        AggregateConfigurer<StockItem> stockItems = AggregateConfigurer.defaultConfiguration(StockItem.class);
        if (cacheStockItems) {
            stockItems.configureWeakReferenceCache();
        }
        config = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(stockItems)
                .configureAggregate(Transfer.class)
                .registerCommandHandler(c -> new TransferCommandHandler(
                        stockItemsOfHandler.apply(c.repository(StockItem.class)), c.repository(Transfer.class)))
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

    static TransferLine line(String sku, long quantity) {
        return new TransferLine(new Sku(sku), new Quantity(quantity));
    }

    static ReceivedLine got(String sku, long quantity) {
        return new ReceivedLine(new Sku(sku), quantity);
    }

    static RequestTransfer requestCommand(TransferId id, String from, String to, List<TransferLine> lines) {
        return new RequestTransfer(id, new WarehouseCode(from), new WarehouseCode(to), lines, "REPL-" + id.value()
                .substring(0, 8), T1);
    }

    // ---------------------------------------------------------------- sending

    /**
     * Sends through the gateway and waits. A failure is rethrown as the handler threw it: a
     * {@link CommandExecutionException} wrapping it is unwrapped.
     */
    <R> R send(Object command) {
        try {
            return config.commandGateway().sendAndWait(command);
        } catch (CommandExecutionException e) {
            throw unwrapped(e);
        }
    }

    private static RuntimeException unwrapped(CommandExecutionException e) {
        Throwable cause = e;
        while (cause instanceof CommandExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime ? runtime : e;
    }

    /** @return what the call threw, unwrapped; fails when it threw nothing */
    static Throwable refusal(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refusal").isNotNull();
        while (thrown instanceof CommandExecutionException && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        return thrown;
    }

    StockLevel receiveStock(String sku, String warehouse, long quantity) {
        return send(new ReceiveStock(item(sku, warehouse), new Quantity(quantity), null, null, null, T0));
    }

    TransferView request(TransferId id, TransferLine... lines) {
        return send(requestCommand(id, FROM, TO, List.of(lines)));
    }

    TransferView dispatch(TransferId id, String tracking) {
        return send(new DispatchTransfer(id, tracking, T2));
    }

    TransferView receive(TransferId id, ReceivedLine... lines) {
        return send(new ReceiveTransfer(id, List.of(lines), T3));
    }

    TransferView cancel(TransferId id) {
        return send(new CancelTransfer(id, T2));
    }

    // ---------------------------------------------------------------- reading the aggregates

    /** @return the stock item's current level as its aggregate has it, or {@code null} when it has no history */
    StockLevel level(String sku, String warehouse) {
        return inUnitOfWork(() -> {
            try {
                return config.repository(StockItem.class).load(item(sku, warehouse).toString())
                        .invoke(StockItem::level);
            } catch (AggregateNotFoundException e) {
                return null;
            }
        });
    }

    /** @return the transfer's view as its aggregate has it */
    TransferView view(TransferId id) {
        return inUnitOfWork(() -> config.repository(Transfer.class).load(id.value()).invoke(Transfer::view));
    }

    private static <T> T inUnitOfWork(java.util.function.Supplier<T> read) {
        AtomicReference<T> result = new AtomicReference<>();
        DefaultUnitOfWork.startAndGet(null).execute(() -> result.set(read.get()));
        return result.get();
    }

    // ---------------------------------------------------------------- reading the event store

    List<DomainEventMessage<?>> eventsOf(String aggregateId) {
        return config.eventStore().readEvents(aggregateId).asStream().collect(Collectors.toList());
    }

    List<Object> payloadsOf(String aggregateId) {
        return eventsOf(aggregateId).stream().map(EventMessage::getPayload).collect(Collectors.toList());
    }

    List<Object> payloadsOf(TransferId id) {
        return payloadsOf(id.value());
    }

    List<Object> payloadsOf(String sku, String warehouse) {
        return payloadsOf(item(sku, warehouse).toString());
    }

    Object lastOf(String sku, String warehouse) {
        List<Object> payloads = payloadsOf(sku, warehouse);
        assertThat(payloads).as("events of %s@%s", sku, warehouse).isNotEmpty();
        return payloads.get(payloads.size() - 1);
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
        for (Object payload : payloadsOf(sku, warehouse)) {
            if (payload instanceof QuantityChanged changed) {
                last = changed.after();
            }
        }
        assertThat(last).as("balances of %s@%s", sku, warehouse).isNotNull();
        return last;
    }

    /**
     * What was stored and what the aggregates hold now: every stored event (identifier, aggregate, sequence,
     * payload), the levels of the named stock items and the views of the named transfers, all read afresh.
     */
    Snapshot snapshot(List<StockItemId> items, List<TransferId> transfers) {
        List<String> stored = engine.readEvents(null, false)
                .map(e -> e.getIdentifier() + " " + (e instanceof DomainEventMessage<?> d
                        ? d.getAggregateIdentifier() + "#" + d.getSequenceNumber() : "-") + " " + e.getPayload())
                .collect(Collectors.toList());
        Map<String, StockLevel> levels = new LinkedHashMap<>();
        items.forEach(id -> levels.put(id.toString(), level(id.sku().value(), id.warehouse().value())));
        Map<String, TransferView> views = new LinkedHashMap<>();
        transfers.forEach(id -> {
            try {
                views.put(id.value(), view(id));
            } catch (AggregateNotFoundException e) {
                views.put(id.value(), null);
            }
        });
        return new Snapshot(stored, levels, views);
    }

    /** Every stored stream of the given aggregates is numbered 0, 1, 2, … without gap or duplicate. */
    void assertSequencesContiguous(List<String> aggregateIds) {
        for (String id : aggregateIds) {
            List<DomainEventMessage<?>> events = eventsOf(id);
            List<Long> sequences = new ArrayList<>();
            events.forEach(e -> sequences.add(e.getSequenceNumber()));
            List<Long> expected = new ArrayList<>();
            for (long i = 0; i < events.size(); i++) {
                expected.add(i);
            }
            assertThat(sequences).as("sequence numbers of %s", id).isEqualTo(expected);
            assertThat(events).as("aggregate identifiers of %s", id)
                    .allMatch(e -> id.equals(e.getAggregateIdentifier()));
        }
    }

    /**
     * Runs the tasks on up to 8 threads, all released at once, and waits for all (60 s at most each); any
     * task's failure fails the caller.
     */
    static void race(List<? extends Callable<?>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, tasks.size()));
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
                future.get(60, TimeUnit.SECONDS); // a deadlock fails here
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param stored every stored event, in order
     * @param levels stock item id → level
     * @param views  transfer id → view
     */
    record Snapshot(List<String> stored, Map<String, StockLevel> levels, Map<String, TransferView> views) {
    }

    /**
     * The stock item repository of {@link TransferCommandHandler}, wrapped: records, in order, every stock
     * item it is asked to load (and so to lock), by {@code load} or {@code loadOrCreate}.
     */
    static final class RecordingStockItems implements Repository<StockItem> {

        private Repository<StockItem> delegate;
        final List<String> loaded = Collections.synchronizedList(new ArrayList<>());

        Repository<StockItem> wrap(Repository<StockItem> real) {
            this.delegate = real;
            return this;
        }

        @Override
        public Aggregate<StockItem> load(String id) {
            loaded.add(id);
            return delegate.load(id);
        }

        @Override
        public Aggregate<StockItem> load(String id, Long expectedVersion) {
            loaded.add(id);
            return delegate.load(id, expectedVersion);
        }

        @Override
        public Aggregate<StockItem> loadOrCreate(String id, Callable<StockItem> factory) throws Exception {
            loaded.add(id);
            return delegate.loadOrCreate(id, factory);
        }

        @Override
        public Aggregate<StockItem> newInstance(Callable<StockItem> factory) throws Exception {
            return delegate.newInstance(factory);
        }

        @Override
        public void send(Message<?> message, ScopeDescriptor scope) throws Exception {
            delegate.send(message, scope);
        }

        @Override
        public boolean canResolve(ScopeDescriptor scope) {
            return delegate.canResolve(scope);
        }
    }
}
