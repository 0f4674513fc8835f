package io.stockledger.inventory.command.reservation;

import java.util.concurrent.Callable;
import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.Shortage;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.stock.Balances;
import io.stockledger.inventory.command.stock.QuantityChanged;
import io.stockledger.inventory.command.stock.ReceiveStock;
import io.stockledger.inventory.command.stock.StockItem;
import io.stockledger.inventory.command.stock.StockLevel;
import io.stockledger.inventory.command.stock.StockReceived;
import io.stockledger.inventory.command.stock.StockReleased;
import io.stockledger.inventory.command.stock.StockReserved;
import io.stockledger.inventory.command.stock.StockShipped;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link ReservationCommandHandler} on a real, in-memory Axon configuration: stock items (cached, as in
 * production) and reservations in an embedded event store, commands through the command gateway. What was
 * stored is read back from the event store.
 */
class ReservationCommandHandlerTest {

    private static final String WH = "DC-001";
    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T1 = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2024-03-02T09:00:00Z");

    private InMemoryEventStorageEngine engine;
    private Configuration config;

    @BeforeEach
    void start() {
        engine = new InMemoryEventStorageEngine();
        config = configuration(engine, true);
        config.start();
    }

    @AfterEach
    void stop() {
        config.shutdown();
    }

    private static Configuration configuration(InMemoryEventStorageEngine engine, boolean cacheStockItems) {
        AggregateConfigurer<StockItem> stockItems = AggregateConfigurer.defaultConfiguration(StockItem.class);
        if (cacheStockItems) {
            stockItems.configureWeakReferenceCache();
        }
        return DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(stockItems)
                .configureAggregate(Reservation.class)
                .registerCommandHandler(c -> new ReservationCommandHandler(c.repository(StockItem.class),
                        c.repository(Reservation.class)))
                .buildConfiguration();
    }

    // ---------------------------------------------------------------- helpers

    private static StockItemId item(String sku) {
        return StockItemId.of(sku, WH);
    }

    private static ReservationLine line(String sku, long quantity) {
        return new ReservationLine(item(sku), new Quantity(quantity));
    }

    private StockLevel receive(String sku, long quantity) {
        return config.commandGateway().sendAndWait(
                new ReceiveStock(item(sku), new Quantity(quantity), null, null, null, T0));
    }

    private ReservationView place(ReservationId id, ReservationLine... lines) {
        return config.commandGateway().sendAndWait(new PlaceReservation(id, "ORD-" + id.value().substring(0, 8),
                List.of(lines), EXPIRES, T1));
    }

    private List<DomainEventMessage<?>> eventsOf(String aggregateId) {
        return config.eventStore().readEvents(aggregateId).asStream().collect(Collectors.toList());
    }

    private List<Object> payloadsOf(String aggregateId) {
        return eventsOf(aggregateId).stream().map(EventMessage::getPayload).collect(Collectors.toList());
    }

    private List<Object> allPayloads() {
        return engine.readEvents(null, false).map(EventMessage::getPayload).collect(Collectors.toList());
    }

    /** The stock item's balances after its last quantity change, read from its events. */
    private Balances balancesOf(String sku) {
        Balances last = null;
        for (Object payload : payloadsOf(item(sku).toString())) {
            if (payload instanceof QuantityChanged changed) {
                last = changed.after();
            }
        }
        assertThat(last).as("balances of %s", sku).isNotNull();
        return last;
    }

    private <T> List<T> payloadsOfType(Class<T> type) {
        return allPayloads().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    private static InsufficientStockException insufficient(Throwable thrown) {
        assertThat(thrown).isInstanceOf(InsufficientStockException.class);
        return (InsufficientStockException) thrown;
    }

    // ---------------------------------------------------------------- place

    @Test
    void threeLineOrderIsHeldOnEveryStockItemAndRecorded() {
        receive("SKU-A", 10);
        receive("SKU-B", 10);
        receive("SKU-C", 10);
        ReservationId id = ReservationId.random();

        ReservationView view = place(id, line("SKU-B", 3), line("SKU-A", 2), line("SKU-C", 10));

        List<Allocation> allocations = List.of(new Allocation("SKU-B", WH, 3), new Allocation("SKU-A", WH, 2),
                new Allocation("SKU-C", WH, 10));
        assertThat(view.reservationId()).isEqualTo(id.value());
        assertThat(view.status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(view.allocations()).isEqualTo(allocations);
        assertThat(view.expiresAt()).isEqualTo(EXPIRES);
        assertThat(view.placedAt()).isEqualTo(T1);

        assertThat(payloadsOf("SKU-A@" + WH)).last()
                .isEqualTo(new StockReserved("SKU-A", WH, id.value(), 2, T1, new Balances(10, 2, 0, 0)));
        assertThat(payloadsOf("SKU-B@" + WH)).last()
                .isEqualTo(new StockReserved("SKU-B", WH, id.value(), 3, T1, new Balances(10, 3, 0, 0)));
        assertThat(payloadsOf("SKU-C@" + WH)).last()
                .isEqualTo(new StockReserved("SKU-C", WH, id.value(), 10, T1, new Balances(10, 10, 0, 0)));
        assertThat(payloadsOf(id.value())).containsExactly(
                new ReservationPlaced(id.value(), "ORD-" + id.value().substring(0, 8), allocations, EXPIRES, T1,
                        List.of(new RequestedLine("SKU-B", WH, 3), new RequestedLine("SKU-A", WH, 2),
                                new RequestedLine("SKU-C", WH, 10))));
    }

    @ParameterizedTest(name = "short line at position {0}")
    @ValueSource(ints = {0, 1, 2})
    void orderWithOneShortLineIsRefusedAndHoldsNothing(int shortPosition) {
        List<String> skus = List.of("SKU-A", "SKU-B", "SKU-C");
        for (int i = 0; i < skus.size(); i++) {
            receive(skus.get(i), i == shortPosition ? 4 : 10);
        }
        ReservationId id = ReservationId.random();

        Throwable thrown = catchThrowable(() -> place(id, line("SKU-A", 5), line("SKU-B", 5), line("SKU-C", 5)));

        assertThat(insufficient(thrown).shortages())
                .containsExactly(new Shortage(skus.get(shortPosition), WH, 5, 4));
        assertNothingHeldOrPlaced();
        assertThat(eventsOf(id.value())).isEmpty();
        for (String sku : skus) {
            assertThat(balancesOf(sku).reserved()).isZero();
        }
    }

    @Test
    void orderWithSeveralShortLinesNamesEveryShortLineInRequestOrder() {
        receive("SKU-A", 1);
        receive("SKU-B", 10);
        receive("SKU-C", 2);
        receive("SKU-D", 10);

        Throwable thrown = catchThrowable(() -> place(ReservationId.random(),
                line("SKU-D", 3), line("SKU-C", 3), line("SKU-B", 3), line("SKU-A", 3)));

        InsufficientStockException e = insufficient(thrown);
        assertThat(e.shortages()).containsExactly(new Shortage("SKU-C", WH, 3, 2), new Shortage("SKU-A", WH, 3, 1));
        assertThat(e.getMessage()).contains("2 of 4 lines");
        assertNothingHeldOrPlaced();
    }

    @Test
    void refusedOrderLeavesTheStockFullyAvailableForTheNextOrder() {
        receive("SKU-A", 10);
        receive("SKU-B", 10);
        receive("SKU-C", 1);
        assertThatThrownBy(() -> place(ReservationId.random(), line("SKU-A", 10), line("SKU-B", 10),
                line("SKU-C", 2))).isInstanceOf(InsufficientStockException.class);

        // had the refused order's holds on SKU-A and SKU-B survived (in the cache), this would be short
        ReservationId id = ReservationId.random();
        ReservationView view = place(id, line("SKU-A", 10), line("SKU-B", 10), line("SKU-C", 1));

        assertThat(view.status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(balancesOf("SKU-A")).isEqualTo(new Balances(10, 10, 0, 0));
        assertThat(balancesOf("SKU-B")).isEqualTo(new Balances(10, 10, 0, 0));
        assertThat(balancesOf("SKU-C")).isEqualTo(new Balances(1, 1, 0, 0));
        assertThat(payloadsOfType(StockReserved.class)).extracting(StockReserved::reservationId)
                .containsOnly(id.value()).hasSize(3);
    }

    @Test
    void refusedOrderLeavesTheStockFullyAvailableWithoutACacheToo() {
        InMemoryEventStorageEngine otherEngine = new InMemoryEventStorageEngine();
        Configuration uncached = configuration(otherEngine, false);
        uncached.start();
        try {
            uncached.commandGateway().sendAndWait(
                    new ReceiveStock(item("SKU-A"), new Quantity(5), null, null, null, T0));
            assertThatThrownBy(() -> uncached.commandGateway().sendAndWait(new PlaceReservation(
                    ReservationId.random(), "ORD-1", List.of(line("SKU-A", 5), line("SKU-Z", 1)), null, T1)))
                    .isInstanceOfSatisfying(InsufficientStockException.class, e -> assertThat(e.shortages())
                            .containsExactly(new Shortage("SKU-Z", WH, 1, 0)));
            ReservationView view = uncached.commandGateway().sendAndWait(new PlaceReservation(
                    ReservationId.random(), "ORD-2", List.of(line("SKU-A", 5)), null, T1));
            assertThat(view.allocations()).containsExactly(new Allocation("SKU-A", WH, 5));
            assertThat(otherEngine.readEvents(null, false).map(EventMessage::getPayload)
                    .filter(StockReserved.class::isInstance).count()).isEqualTo(1);
        } finally {
            uncached.shutdown();
        }
    }

    @Test
    void neverReceivedSkuIsAShortageWithNothingAvailable() {
        receive("SKU-A", 10);

        Throwable thrown = catchThrowable(() -> place(ReservationId.random(), line("SKU-A", 2),
                line("NEVER-SEEN", 3)));

        assertThat(insufficient(thrown).shortages()).containsExactly(new Shortage("NEVER-SEEN", WH, 3, 0));
        assertNothingHeldOrPlaced();
        assertThat(eventsOf("NEVER-SEEN@" + WH)).isEmpty();
    }

    @Test
    void duplicateLinesForTheSameStockItemAreMerged() {
        receive("SKU-A", 10);
        receive("SKU-B", 10);
        ReservationId id = ReservationId.random();

        ReservationView view = place(id, line("SKU-A", 2), line("SKU-B", 1), line("SKU-A", 3));

        assertThat(view.allocations()).containsExactly(new Allocation("SKU-A", WH, 5), new Allocation("SKU-B", WH, 1));
        List<StockReserved> reserved = payloadsOfType(StockReserved.class);
        assertThat(reserved).containsExactlyInAnyOrder(
                new StockReserved("SKU-A", WH, id.value(), 5, T1, new Balances(10, 5, 0, 0)),
                new StockReserved("SKU-B", WH, id.value(), 1, T1, new Balances(10, 1, 0, 0)));
    }

    @Test
    void duplicateLinesAreCheckedAgainstStockAsOneLine() {
        receive("SKU-A", 4);

        Throwable thrown = catchThrowable(() -> place(ReservationId.random(), line("SKU-A", 2), line("SKU-A", 3)));

        assertThat(insufficient(thrown).shortages()).containsExactly(new Shortage("SKU-A", WH, 5, 4));
        assertNothingHeldOrPlaced();
    }

    @Test
    void secondOrderSeesWhatTheFirstHolds() {
        receive("SKU-A", 10);
        place(ReservationId.random(), line("SKU-A", 6));

        Throwable thrown = catchThrowable(() -> place(ReservationId.random(), line("SKU-A", 5)));

        assertThat(insufficient(thrown).shortages()).containsExactly(new Shortage("SKU-A", WH, 5, 4));
        assertThat(payloadsOfType(StockReserved.class)).hasSize(1);
        assertThat(payloadsOfType(ReservationPlaced.class)).hasSize(1);
        assertThat(balancesOf("SKU-A")).isEqualTo(new Balances(10, 6, 0, 0));
    }

    private void assertNothingHeldOrPlaced() {
        List<Object> all = allPayloads();
        assertThat(all).noneMatch(StockReserved.class::isInstance);
        assertThat(all).noneMatch(ReservationPlaced.class::isInstance);
        assertThat(all).allMatch(StockReceived.class::isInstance);
    }

    // ---------------------------------------------------------------- ship

    @Test
    void shipConsumesEveryHoldAndShipsTheReservation() {
        receive("SKU-A", 10);
        receive("SKU-B", 10);
        ReservationId id = ReservationId.random();
        place(id, line("SKU-B", 4), line("SKU-A", 3));

        ReservationView view = config.commandGateway().sendAndWait(new ShipReservation(id, T2));

        assertThat(view.status()).isEqualTo(ReservationStatus.SHIPPED);
        assertThat(view.updatedAt()).isEqualTo(T2);
        assertThat(view.placedAt()).isEqualTo(T1);
        assertThat(payloadsOf("SKU-A@" + WH)).last()
                .isEqualTo(new StockShipped("SKU-A", WH, id.value(), 3, T2, new Balances(7, 0, 0, 0)));
        assertThat(payloadsOf("SKU-B@" + WH)).last()
                .isEqualTo(new StockShipped("SKU-B", WH, id.value(), 4, T2, new Balances(6, 0, 0, 0)));
        String orderId = "ORD-" + id.value().substring(0, 8);
        assertThat(payloadsOf(id.value())).containsExactly(
                new ReservationPlaced(id.value(), orderId, List.of(new Allocation("SKU-B", WH, 4),
                        new Allocation("SKU-A", WH, 3)), EXPIRES, T1,
                        List.of(new RequestedLine("SKU-B", WH, 4), new RequestedLine("SKU-A", WH, 3))),
                new ReservationShipped(id.value(), orderId, T2));
    }

    @Test
    void shipTouchesOnlyTheShippedReservationsHolds() {
        receive("SKU-A", 10);
        ReservationId first = ReservationId.random();
        ReservationId second = ReservationId.random();
        place(first, line("SKU-A", 3));
        place(second, line("SKU-A", 5));

        config.commandGateway().sendAndWait(new ShipReservation(first, T2));

        assertThat(balancesOf("SKU-A")).isEqualTo(new Balances(7, 5, 0, 0));
        assertThat(payloadsOfType(StockShipped.class)).extracting(StockShipped::reservationId)
                .containsExactly(first.value());
    }

    @Test
    void shippingTwiceIsRefusedAndChangesNothing() {
        receive("SKU-A", 10);
        ReservationId id = ReservationId.random();
        place(id, line("SKU-A", 3));
        config.commandGateway().sendAndWait(new ShipReservation(id, T2));
        int stored = allPayloads().size();

        assertThatThrownBy(() -> config.commandGateway().sendAndWait(new ShipReservation(id, T2)))
                .isInstanceOf(ReservationNotOpenException.class)
                .hasMessageContaining("SHIPPED");

        assertThat(allPayloads()).hasSize(stored);
        assertThat(balancesOf("SKU-A")).isEqualTo(new Balances(7, 0, 0, 0));
    }

    @Test
    void releasingAShippedReservationIsRefused() {
        receive("SKU-A", 10);
        ReservationId id = ReservationId.random();
        place(id, line("SKU-A", 3));
        config.commandGateway().sendAndWait(new ShipReservation(id, T2));

        assertThatThrownBy(() -> config.commandGateway().sendAndWait(new ReleaseReservation(id, T2)))
                .isInstanceOf(ReservationNotOpenException.class);
        assertThat(payloadsOfType(StockReleased.class)).isEmpty();
    }

    // ---------------------------------------------------------------- release

    @Test
    void releaseDropsEveryHoldAndMakesTheStockAvailableAgain() {
        receive("SKU-A", 10);
        receive("SKU-B", 10);
        ReservationId id = ReservationId.random();
        place(id, line("SKU-A", 10), line("SKU-B", 2));

        ReservationView view = config.commandGateway().sendAndWait(new ReleaseReservation(id, T2));

        assertThat(view.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(payloadsOf("SKU-A@" + WH)).last()
                .isEqualTo(new StockReleased("SKU-A", WH, id.value(), 10, "RELEASED", T2, new Balances(10, 0, 0, 0)));
        assertThat(payloadsOf("SKU-B@" + WH)).last()
                .isEqualTo(new StockReleased("SKU-B", WH, id.value(), 2, "RELEASED", T2, new Balances(10, 0, 0, 0)));
        assertThat(payloadsOf(id.value())).last()
                .isEqualTo(new ReservationReleased(id.value(), "ORD-" + id.value().substring(0, 8), T2));

        ReservationView next = place(ReservationId.random(), line("SKU-A", 10));
        assertThat(next.status()).isEqualTo(ReservationStatus.RESERVED);
    }

    @Test
    void releasingTwiceOrShippingAfterReleaseIsRefused() {
        receive("SKU-A", 10);
        ReservationId id = ReservationId.random();
        place(id, line("SKU-A", 3));
        config.commandGateway().sendAndWait(new ReleaseReservation(id, T2));
        int stored = allPayloads().size();

        assertThatThrownBy(() -> config.commandGateway().sendAndWait(new ReleaseReservation(id, T2)))
                .isInstanceOf(ReservationNotOpenException.class)
                .hasMessageContaining("RELEASED");
        assertThatThrownBy(() -> config.commandGateway().sendAndWait(new ShipReservation(id, T2)))
                .isInstanceOf(ReservationNotOpenException.class);

        assertThat(allPayloads()).hasSize(stored);
        assertThat(balancesOf("SKU-A")).isEqualTo(new Balances(10, 0, 0, 0));
    }

    // ---------------------------------------------------------------- unknown reservation

    @Test
    void shippingAnUnknownReservationIsRefused() {
        ReservationId id = ReservationId.random();
        assertThatThrownBy(() -> config.commandGateway().sendAndWait(new ShipReservation(id, T2)))
                .isInstanceOf(UnknownReservationException.class)
                .hasMessageContaining(id.value());
        assertThat(allPayloads()).isEmpty();
    }

    @Test
    void releasingAnUnknownReservationIsRefused() {
        receive("SKU-A", 10);
        ReservationId id = ReservationId.random();
        assertThatThrownBy(() -> config.commandGateway().sendAndWait(new ReleaseReservation(id, T2)))
                .isInstanceOf(UnknownReservationException.class);
        assertThat(allPayloads()).hasSize(1);
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void concurrentOrdersNeverOversellAndRefusedOrdersHoldNothing() throws Exception {
        int skuCount = 10;
        int orderCount = 50;
        long stockPerSku = 20;
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < skuCount; i++) {
            skus.add("SKU-" + i);
            receive("SKU-" + i, stockPerSku);
        }
        Random random = new Random(424242L);
        Map<ReservationId, List<ReservationLine>> orders = new LinkedHashMap<>();
        for (int o = 0; o < orderCount; o++) {
            List<ReservationLine> lines = new ArrayList<>();
            for (int l = 0; l < 3; l++) {
                lines.add(line(skus.get(random.nextInt(skuCount)), 1 + random.nextInt(5)));
            }
            orders.put(ReservationId.random(), lines);
        }

        Set<ReservationId> accepted = ConcurrentHashMap.newKeySet();
        Set<ReservationId> refused = ConcurrentHashMap.newKeySet();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (Map.Entry<ReservationId, List<ReservationLine>> order : orders.entrySet()) {
            tasks.add(() -> {
                try {
                    config.commandGateway().sendAndWait(new PlaceReservation(order.getKey(), "ORD",
                            order.getValue(), null, T1));
                    accepted.add(order.getKey());
                } catch (InsufficientStockException e) {
                    refused.add(order.getKey());
                }
                return null;
            });
        }
        ReservationFixture.race(tasks);

        assertThat(accepted.size() + refused.size()).isEqualTo(orderCount);
        assertThat(accepted).as("some orders must fit").isNotEmpty();
        assertThat(refused).as("the stock must be too little for all orders").isNotEmpty();

        Map<String, Long> expectedReserved = new HashMap<>();
        for (ReservationId id : accepted) {
            for (ReservationLine line : orders.get(id)) {
                expectedReserved.merge(line.stockItemId().sku().value(), line.quantity().value(), Long::sum);
            }
        }
        Set<String> refusedIds = refused.stream().map(ReservationId::value).collect(Collectors.toSet());
        for (String sku : skus) {
            List<DomainEventMessage<?>> events = eventsOf(item(sku).toString());
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).getSequenceNumber()).as("%s event %d", sku, i).isEqualTo(i);
            }
            long sumOfHolds = 0;
            for (DomainEventMessage<?> event : events) {
                if (event.getPayload() instanceof StockReserved r) {
                    assertThat(refusedIds).as("a refused order held %s", sku).doesNotContain(r.reservationId());
                    sumOfHolds += r.quantity();
                }
                if (event.getPayload() instanceof QuantityChanged changed) {
                    assertThat(changed.after().reserved()).isLessThanOrEqualTo(changed.after().onHand());
                }
            }
            Balances balances = balancesOf(sku);
            long expected = expectedReserved.getOrDefault(sku, 0L);
            assertThat(balances.reserved()).as("reserved of %s", sku).isEqualTo(expected).isEqualTo(sumOfHolds);
            assertThat(balances.onHand()).isEqualTo(stockPerSku);
        }
        for (ReservationId id : refused) {
            assertThat(eventsOf(id.value())).as("refused %s", id).isEmpty();
        }
        for (ReservationId id : accepted) {
            assertThat(payloadsOf(id.value())).singleElement().isInstanceOf(ReservationPlaced.class);
        }
        assertThat(payloadsOfType(ReservationPlaced.class)).hasSize(accepted.size());
    }
}
