package io.stockledger.inventory.command.reservation;

import java.util.concurrent.Callable;
import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.Shortage;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.stock.Balances;
import io.stockledger.inventory.command.stock.QuantityChanged;
import io.stockledger.inventory.command.stock.StockItem;
import io.stockledger.inventory.command.stock.StockReserved;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.stockledger.inventory.command.reservation.ReservationFixture.EXPIRES;
import static io.stockledger.inventory.command.reservation.ReservationFixture.T1;
import static io.stockledger.inventory.command.reservation.ReservationFixture.T2;
import static io.stockledger.inventory.command.reservation.ReservationFixture.anywhere;
import static io.stockledger.inventory.command.reservation.ReservationFixture.candidate;
import static io.stockledger.inventory.command.reservation.ReservationFixture.insufficient;
import static io.stockledger.inventory.command.reservation.ReservationFixture.item;
import static io.stockledger.inventory.command.reservation.ReservationFixture.line;
import static io.stockledger.inventory.command.reservation.ReservationFixture.orderOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link ReservationCommandHandler} placing orders whose lines name no warehouse: allocation over the
 * candidate warehouses, all-or-nothing over mixed orders, idempotent retries, a crash between two lines and
 * concurrent orders. Runs on the in-memory Axon configuration of {@link ReservationFixture}.
 */
class ReservationAllocationTest {

    private static final String SKU = "SKU-A";
    private static final String DC_A = "DC-A";
    private static final String DC_B = "DC-B";
    private static final String DC_C = "DC-C";

    private ReservationFixture f;

    @BeforeEach
    void start() {
        f = new ReservationFixture();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private static StockReserved reserved(String sku, String warehouse, ReservationId id, long quantity,
                                          Balances after) {
        return new StockReserved(sku, warehouse, id.value(), quantity, T1, after);
    }

    private List<StockReserved> reservedOn(String sku, String warehouse) {
        return f.payloadsOf(item(sku, warehouse)).stream().filter(StockReserved.class::isInstance)
                .map(StockReserved.class::cast).collect(Collectors.toList());
    }

    // ================================================================ allocation rule

    @Nested
    class AllocationRule {

        @Test
        void givenHigherPriorityWarehouseWithLessStockWhenPlacingUnallocatedLineThenHigherPriorityServesIt() {
            f.receive(SKU, DC_A, 100); // lower priority, more stock, lower code
            f.receive(SKU, DC_B, 5);
            ReservationId id = ReservationId.random();

            ReservationView view = f.place(id, List.of(candidate(DC_A, 0), candidate(DC_B, 10)), anywhere(SKU, 4));

            assertThat(view.status()).isEqualTo(ReservationStatus.RESERVED);
            assertThat(view.allocations()).containsExactly(new Allocation(SKU, DC_B, 4));
            assertThat(reservedOn(SKU, DC_B)).containsExactly(reserved(SKU, DC_B, id, 4, new Balances(5, 4, 0, 0)));
            assertThat(reservedOn(SKU, DC_A)).isEmpty();
        }

        @Test
        void givenNegativeAndPositivePrioritiesWhenPlacingUnallocatedLineThenHighestPriorityServesIt() {
            f.receive(SKU, DC_A, 50);
            f.receive(SKU, DC_B, 50);
            f.receive(SKU, DC_C, 3);
            ReservationId id = ReservationId.random();

            ReservationView view = f.place(id,
                    List.of(candidate(DC_A, -1000), candidate(DC_B, -5), candidate(DC_C, 1000)), anywhere(SKU, 6));

            assertThat(view.allocations()).containsExactly(new Allocation(SKU, DC_C, 3), new Allocation(SKU, DC_B, 3));
            assertThat(reservedOn(SKU, DC_A)).isEmpty();
        }

        @Test
        void givenEqualPriorityWhenPlacingUnallocatedLineThenMostAvailableServesIt() {
            f.receive(SKU, DC_A, 5);
            f.receive(SKU, DC_B, 8);
            ReservationId id = ReservationId.random();

            ReservationView view = f.place(id, List.of(candidate(DC_A, 1), candidate(DC_B, 1)), anywhere(SKU, 4));

            assertThat(view.allocations()).containsExactly(new Allocation(SKU, DC_B, 4));
            assertThat(reservedOn(SKU, DC_B)).containsExactly(reserved(SKU, DC_B, id, 4, new Balances(8, 4, 0, 0)));
            assertThat(reservedOn(SKU, DC_A)).isEmpty();
        }

        @Test
        void givenEqualPriorityWhenOtherOrdersHoldStockThenMostAvailableNotMostOnHandServesIt() {
            f.receive(SKU, DC_A, 6);
            f.receive(SKU, DC_B, 10);
            f.place(ReservationId.random(), List.of(), line(SKU, DC_B, 7)); // DC-B: 10 on hand, 3 available
            ReservationId id = ReservationId.random();

            ReservationView view = f.place(id, List.of(candidate(DC_A, 0), candidate(DC_B, 0)), anywhere(SKU, 2));

            assertThat(view.allocations()).containsExactly(new Allocation(SKU, DC_A, 2));
        }

        @Test
        void givenEqualPriorityAndEqualAvailableWhenPlacingUnallocatedLineThenLowestWarehouseCodeServesIt() {
            f.receive(SKU, DC_B, 5);
            f.receive(SKU, DC_A, 5);
            ReservationId id = ReservationId.random();

            ReservationView view = f.place(id, List.of(candidate(DC_B, 3), candidate(DC_A, 3)), anywhere(SKU, 2));

            assertThat(view.allocations()).containsExactly(new Allocation(SKU, DC_A, 2));
            assertThat(reservedOn(SKU, DC_B)).isEmpty();
        }

        @Test
        void givenFirstWarehouseTooShortWhenPlacingUnallocatedLineThenItIsSplitAndEachPartHeldExactly() {
            f.receive(SKU, DC_A, 10);
            f.receive(SKU, DC_B, 3);
            ReservationId id = ReservationId.random();

            ReservationView view = f.place(id, List.of(candidate(DC_A, 0), candidate(DC_B, 10)), anywhere(SKU, 7));

            List<Allocation> allocations = List.of(new Allocation(SKU, DC_B, 3), new Allocation(SKU, DC_A, 4));
            assertThat(view.allocations()).isEqualTo(allocations);
            assertThat(reservedOn(SKU, DC_B)).containsExactly(reserved(SKU, DC_B, id, 3, new Balances(3, 3, 0, 0)));
            assertThat(reservedOn(SKU, DC_A)).containsExactly(reserved(SKU, DC_A, id, 4, new Balances(10, 4, 0, 0)));
            assertThat(f.payloadsOf(id.value())).containsExactly(new ReservationPlaced(id.value(), orderOf(id),
                    allocations, EXPIRES, T1, List.of(new RequestedLine(SKU, null, 7))));
        }

        @Test
        void givenThreeCandidatesWhenNoneCoversTheLineAloneThenSplitFollowsPriorityThenAvailable() {
            f.receive(SKU, DC_A, 2); // priority 5, less available
            f.receive(SKU, DC_B, 4); // priority 5, more available
            f.receive(SKU, DC_C, 1); // priority 9
            ReservationId id = ReservationId.random();

            ReservationView view = f.place(id,
                    List.of(candidate(DC_A, 5), candidate(DC_B, 5), candidate(DC_C, 9)), anywhere(SKU, 6));

            assertThat(view.allocations()).containsExactly(new Allocation(SKU, DC_C, 1),
                    new Allocation(SKU, DC_B, 4), new Allocation(SKU, DC_A, 1));
            assertThat(f.balancesOf(SKU, DC_A)).isEqualTo(new Balances(2, 1, 0, 0));
            assertThat(f.balancesOf(SKU, DC_B)).isEqualTo(new Balances(4, 4, 0, 0));
            assertThat(f.balancesOf(SKU, DC_C)).isEqualTo(new Balances(1, 1, 0, 0));
        }

        @Test
        void givenSkuNeverReceivedInPreferredCandidateWhenPlacingUnallocatedLineThenThatWarehouseIsSkipped() {
            f.receive(SKU, DC_B, 5);
            ReservationId id = ReservationId.random();

            ReservationView view = f.place(id, List.of(candidate(DC_A, 10), candidate(DC_B, 0)), anywhere(SKU, 3));

            assertThat(view.allocations()).containsExactly(new Allocation(SKU, DC_B, 3));
            assertThat(f.eventsOf(item(SKU, DC_A).toString())).as("no stock item created in DC-A").isEmpty();
            assertThat(reservedOn(SKU, DC_B)).containsExactly(reserved(SKU, DC_B, id, 3, new Balances(5, 3, 0, 0)));
        }

        @Test
        void givenTooLittleAcrossAllCandidatesWhenPlacingUnallocatedLineThenOneShortageWithoutWarehouse() {
            f.receive(SKU, DC_A, 3);
            f.receive(SKU, DC_B, 4);
            ReservationId id = ReservationId.random();

            Throwable thrown = catchThrowable(() -> f.place(id,
                    List.of(candidate(DC_A, 1), candidate(DC_B, 0), candidate(DC_C, 5)), anywhere(SKU, 8)));

            assertThat(insufficient(thrown).shortages()).containsExactly(new Shortage(SKU, null, 8, 7));
            f.assertOnlyReceiptsStored();
            assertThat(f.eventsOf(id.value())).isEmpty();
            assertThat(f.eventsOf(item(SKU, DC_C).toString())).isEmpty();
        }

        @Test
        void givenNoCandidatesWhenPlacingUnallocatedLineThenShortageWithNothingAvailable() {
            f.receive(SKU, DC_A, 10);

            Throwable thrown = catchThrowable(() -> f.place(ReservationId.random(), List.of(), anywhere(SKU, 1)));

            assertThat(insufficient(thrown).shortages()).containsExactly(new Shortage(SKU, null, 1, 0));
            f.assertOnlyReceiptsStored();
        }

        @Test
        void givenRepeatedUnallocatedLinesOfOneSkuWhenPlacingThenTheyAreMergedIntoOneLine() {
            f.receive(SKU, DC_A, 4);
            f.receive(SKU, DC_B, 4);
            ReservationId id = ReservationId.random();

            ReservationView view = f.place(id, List.of(candidate(DC_A, 1), candidate(DC_B, 0)),
                    anywhere(SKU, 3), anywhere(SKU, 3));

            assertThat(view.allocations()).containsExactly(new Allocation(SKU, DC_A, 4), new Allocation(SKU, DC_B, 2));
            assertThat(((ReservationPlaced) f.payloadsOf(id.value()).get(0)).lines())
                    .containsExactly(new RequestedLine(SKU, null, 6));
        }

        @Test
        void givenExplicitAndUnallocatedLineOfOneSkuWhenPlacingThenExplicitIsServedFirstAndItemHeldOnce() {
            f.receive(SKU, DC_A, 5);  // preferred candidate, also named by the explicit line
            f.receive(SKU, DC_B, 10);
            ReservationId id = ReservationId.random();

            // the unallocated line comes first in the request: were it served first it would take DC-A's 5
            // units and the explicit line would be short
            ReservationView view = f.place(id, List.of(candidate(DC_A, 10), candidate(DC_B, 0)),
                    anywhere(SKU, 6), line(SKU, DC_A, 4));

            List<Allocation> allocations = List.of(new Allocation(SKU, DC_A, 5), new Allocation(SKU, DC_B, 5));
            assertThat(view.allocations()).isEqualTo(allocations);
            assertThat(reservedOn(SKU, DC_A)).as("one hold with the summed quantity")
                    .containsExactly(reserved(SKU, DC_A, id, 5, new Balances(5, 5, 0, 0)));
            assertThat(reservedOn(SKU, DC_B)).containsExactly(reserved(SKU, DC_B, id, 5, new Balances(10, 5, 0, 0)));
            assertThat(f.payloadsOf(id.value())).containsExactly(new ReservationPlaced(id.value(), orderOf(id),
                    allocations, EXPIRES, T1,
                    List.of(new RequestedLine(SKU, null, 6), new RequestedLine(SKU, DC_A, 4))));
        }

        @Test
        void givenExplicitLineTakingWhatTheUnallocatedLineNeedsWhenTooLittleRemainsThenShortageCountsTheRemainder() {
            f.receive(SKU, DC_A, 5);
            f.receive(SKU, DC_B, 2);

            Throwable thrown = catchThrowable(() -> f.place(ReservationId.random(),
                    List.of(candidate(DC_A, 0), candidate(DC_B, 0)), line(SKU, DC_A, 4), anywhere(SKU, 4)));

            assertThat(insufficient(thrown).shortages()).containsExactly(new Shortage(SKU, null, 4, 3));
            f.assertOnlyReceiptsStored();
        }
    }

    // ================================================================ all or nothing

    @Nested
    class AllOrNothing {

        /** Each SKU has 3 units in DC-A and 3 in DC-B; both are candidates. */
        private void stockThreeSkus() {
            for (String sku : List.of("SKU-0", "SKU-1", "SKU-2")) {
                f.receive(sku, DC_A, 3);
                f.receive(sku, DC_B, 3);
            }
        }

        static Stream<Arguments> shortLinePositions() {
            return Stream.of(0, 1, 2).flatMap(p -> Stream.of(Arguments.of(p, true), Arguments.of(p, false)));
        }

        @ParameterizedTest(name = "short line at {0}, unallocated: {1}")
        @MethodSource("shortLinePositions")
        void givenOneShortLineInMixedOrderWhenPlacingThenRefusedAndNothingStoredAnywhere(int shortPosition,
                                                                                        boolean shortIsUnallocated) {
            stockThreeSkus();
            // the two other lines are one explicit (2 of 3 in DC-A) and one unallocated (5: split 3 + 2),
            // so the order always mixes both kinds and each covered line would hold something
            List<ReservationLine> lines = new ArrayList<>();
            Shortage expected = null;
            boolean nextCoveredIsExplicit = true;
            for (int p = 0; p < 3; p++) {
                String sku = "SKU-" + p;
                if (p == shortPosition) {
                    lines.add(shortIsUnallocated ? anywhere(sku, 7) : line(sku, DC_A, 4));
                    expected = shortIsUnallocated ? new Shortage(sku, null, 7, 6) : new Shortage(sku, DC_A, 4, 3);
                } else {
                    lines.add(nextCoveredIsExplicit ? line(sku, DC_A, 2) : anywhere(sku, 5));
                    nextCoveredIsExplicit = !nextCoveredIsExplicit;
                }
            }
            ReservationId id = ReservationId.random();

            Throwable thrown = catchThrowable(() -> f.send(ReservationFixture.placeCommand(id, lines,
                    List.of(candidate(DC_A, 1), candidate(DC_B, 0)))));

            assertThat(insufficient(thrown).shortages()).containsExactly(expected);
            f.assertOnlyReceiptsStored();
            assertThat(f.eventsOf(id.value())).isEmpty();
            for (String sku : List.of("SKU-0", "SKU-1", "SKU-2")) {
                assertThat(f.balancesOf(sku, DC_A)).isEqualTo(new Balances(3, 0, 0, 0));
                assertThat(f.balancesOf(sku, DC_B)).isEqualTo(new Balances(3, 0, 0, 0));
            }
        }

        @Test
        void givenSeveralShortUnallocatedLinesWhenPlacingThenEveryShortLineIsListedInRequestOrder() {
            stockThreeSkus();

            Throwable thrown = catchThrowable(() -> f.place(ReservationId.random(),
                    List.of(candidate(DC_A, 1), candidate(DC_B, 0)),
                    anywhere("SKU-2", 7), anywhere("SKU-1", 6), anywhere("SKU-0", 9)));

            InsufficientStockException e = insufficient(thrown);
            assertThat(e.shortages()).containsExactly(new Shortage("SKU-2", null, 7, 6),
                    new Shortage("SKU-0", null, 9, 6));
            assertThat(e.getMessage()).contains("2 of 3 lines");
            f.assertOnlyReceiptsStored();
        }

        @Test
        void givenShortUnallocatedLineBeforeShortExplicitLineWhenPlacingThenEveryShortLineIsListed() {
            stockThreeSkus();

            Throwable thrown = catchThrowable(() -> f.place(ReservationId.random(),
                    List.of(candidate(DC_A, 1), candidate(DC_B, 0)),
                    anywhere("SKU-0", 7), line("SKU-1", DC_A, 1), line("SKU-2", DC_B, 4)));

            // Explicit lines are served first, but shortages are reported in request order.
            assertThat(insufficient(thrown).shortages()).containsExactly(
                    new Shortage("SKU-0", null, 7, 6), new Shortage("SKU-2", DC_B, 4, 3));
            f.assertOnlyReceiptsStored();
        }

        @Test
        void givenRefusedMixedOrderWhenPlacingItsCoverableLinesAloneThenEverythingIsStillAvailable() {
            stockThreeSkus();
            List<AllocationCandidate> candidates = List.of(candidate(DC_A, 1), candidate(DC_B, 0));
            catchThrowable(() -> f.place(ReservationId.random(), candidates,
                    anywhere("SKU-0", 6), line("SKU-1", DC_B, 3), anywhere("SKU-2", 7)));

            // had the refused order's holds survived (e.g. in the aggregate cache), this would be short
            ReservationId id = ReservationId.random();
            ReservationView view = f.place(id, candidates, anywhere("SKU-0", 6), line("SKU-1", DC_B, 3));

            assertThat(view.allocations()).containsExactly(new Allocation("SKU-1", DC_B, 3),
                    new Allocation("SKU-0", DC_A, 3), new Allocation("SKU-0", DC_B, 3));
            assertThat(f.payloadsOfType(StockReserved.class)).extracting(StockReserved::reservationId)
                    .containsOnly(id.value()).hasSize(3);
        }
    }

    // ================================================================ idempotent retry

    @Nested
    class IdempotentRetry {

        private PlaceReservation idempotent(ReservationId id, ReservationLine... lines) {
            return new PlaceReservation(id, orderOf(id), List.of(lines),
                    List.of(candidate(DC_A, 1), candidate(DC_B, 0)), EXPIRES, T1, true);
        }

        @Test
        void givenNewIdWhenPlacingIdempotentlyThenItIsPlacedNormally() {
            f.receive(SKU, DC_A, 2);
            f.receive(SKU, DC_B, 5);
            ReservationId id = ReservationId.random();

            ReservationView view = f.send(idempotent(id, anywhere(SKU, 4)));

            assertThat(view.status()).isEqualTo(ReservationStatus.RESERVED);
            assertThat(view.allocations()).containsExactly(new Allocation(SKU, DC_A, 2), new Allocation(SKU, DC_B, 2));
            assertThat(f.payloadsOf(id.value())).singleElement().isInstanceOf(ReservationPlaced.class);
            assertThat(f.payloadsOfType(StockReserved.class)).hasSize(2);
        }

        @Test
        void givenExistingReservationWhenRetriedIdempotentlyThenExistingViewIsAnsweredAndNothingStored() {
            f.receive(SKU, DC_A, 2);
            f.receive(SKU, DC_B, 5);
            ReservationId id = ReservationId.random();
            ReservationView first = f.send(idempotent(id, anywhere(SKU, 4)));
            int stored = f.allPayloads().size();

            ReservationView retried = f.send(idempotent(id, anywhere(SKU, 4)));

            assertThat(retried).isEqualTo(first);
            assertThat(f.allPayloads()).hasSize(stored);
            assertThat(f.balancesOf(SKU, DC_A)).isEqualTo(new Balances(2, 2, 0, 0));
            assertThat(f.balancesOf(SKU, DC_B)).isEqualTo(new Balances(5, 2, 0, 0));
        }

        @Test
        void givenExistingReservationWhenRetriedAfterStockRanOutThenExistingViewIsAnsweredNotAShortage() {
            f.receive(SKU, DC_A, 4);
            ReservationId id = ReservationId.random();
            ReservationView first = f.send(idempotent(id, anywhere(SKU, 4)));
            int stored = f.allPayloads().size();

            // nothing is available any more: a second allocation would be refused
            ReservationView retried = f.send(idempotent(id, anywhere(SKU, 4)));

            assertThat(retried).isEqualTo(first);
            assertThat(f.allPayloads()).hasSize(stored);
        }

        @Test
        void givenShippedReservationWhenRetriedIdempotentlyThenShippedIsAnsweredAndNothingStored() {
            f.receive(SKU, DC_A, 10);
            ReservationId id = ReservationId.random();
            f.send(idempotent(id, anywhere(SKU, 4)));
            f.send(new ShipReservation(id, T2));
            int stored = f.allPayloads().size();

            ReservationView retried = f.send(idempotent(id, anywhere(SKU, 4)));

            assertThat(retried.status()).isEqualTo(ReservationStatus.SHIPPED);
            assertThat(retried.updatedAt()).isEqualTo(T2);
            assertThat(retried.allocations()).containsExactly(new Allocation(SKU, DC_A, 4));
            assertThat(f.allPayloads()).hasSize(stored);
            assertThat(f.balancesOf(SKU, DC_A)).isEqualTo(new Balances(6, 0, 0, 0));
        }
    }

    // ================================================================ crash between two lines

    /** What the armed test hooks throw, standing in for a crash of the process. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String message) {
            super(message);
        }
    }

    /**
     * The stock item repository of {@link ReservationCommandHandler}, wrapped: it can be armed to throw once
     * when a chosen stock item is loaded, or once when a chosen stock item is changed (after the items
     * changed before it were already changed in the unit of work).
     */
    static final class CrashingStockItems implements Repository<StockItem> {

        private Repository<StockItem> delegate;
        private final AtomicReference<String> crashOnLoad = new AtomicReference<>();
        private final AtomicReference<String> crashOnExecute = new AtomicReference<>();
        final List<String> loaded = new ArrayList<>();
        final AtomicInteger executed = new AtomicInteger();

        Repository<StockItem> wrap(Repository<StockItem> real) {
            this.delegate = real;
            return this;
        }

        void crashOnceOnLoad(StockItemId id) {
            crashOnLoad.set(id.toString());
        }

        void crashOnceOnExecute(StockItemId id) {
            crashOnExecute.set(id.toString());
        }

        /** @return whether the hook was armed for this id (by value); it is disarmed if so */
        private static boolean disarm(AtomicReference<String> hook, String id) {
            String armed = hook.get();
            return id.equals(armed) && hook.compareAndSet(armed, null);
        }

        @Override
        public Aggregate<StockItem> load(String id) {
            synchronized (loaded) {
                loaded.add(id);
            }
            if (disarm(crashOnLoad, id)) {
                throw new SimulatedCrash("crash loading " + id);
            }
            return new CrashingAggregate(delegate.load(id));
        }

        @Override
        public Aggregate<StockItem> load(String id, Long expectedVersion) {
            return new CrashingAggregate(delegate.load(id, expectedVersion));
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

        private final class CrashingAggregate implements Aggregate<StockItem> {

            private final Aggregate<StockItem> real;

            CrashingAggregate(Aggregate<StockItem> real) {
                this.real = real;
            }

            @Override
            public void execute(Consumer<StockItem> action) {
                if (disarm(crashOnExecute, real.identifierAsString())) {
                    throw new SimulatedCrash("crash changing " + real.identifierAsString());
                }
                executed.incrementAndGet();
                real.execute(action);
            }

            @Override
            public <R> R invoke(Function<StockItem, R> function) {
                return real.invoke(function);
            }

            @Override
            public String type() {
                return real.type();
            }

            @Override
            public Object identifier() {
                return real.identifier();
            }

            @Override
            public Long version() {
                return real.version();
            }

            @Override
            public Object handle(Message<?> message) throws Exception {
                return real.handle(message);
            }

            @Override
            public boolean isDeleted() {
                return real.isDeleted();
            }

            @Override
            public Class<? extends StockItem> rootType() {
                return real.rootType();
            }
        }
    }

    @Nested
    class CrashBetweenLines {

        private final CrashingStockItems crashing = new CrashingStockItems();
        private ReservationFixture c;

        @BeforeEach
        void startCrashing() {
            c = new ReservationFixture(crashing::wrap);
            c.receive("SKU-A", DC_A, 10);
            c.receive("SKU-B", DC_A, 3);
            c.receive("SKU-B", DC_B, 10);
        }

        @AfterEach
        void stopCrashing() {
            c.close();
        }

        /** Explicit SKU-A@DC-A 4, unallocated SKU-B 5 (DC-A preferred: 3 there, 2 in DC-B). */
        private PlaceReservation order(ReservationId id) {
            return ReservationFixture.placeCommand(id, List.of(anywhere("SKU-B", 5), line("SKU-A", DC_A, 4)),
                    List.of(candidate(DC_A, 1), candidate(DC_B, 0)));
        }

        private void assertNothingButReceiptsStoredAndAllAvailable(ReservationId id) {
            c.assertOnlyReceiptsStored();
            assertThat(c.allPayloads()).hasSize(3);
            assertThat(c.eventsOf(id.value())).isEmpty();
            assertThat(c.balancesOf("SKU-A", DC_A)).isEqualTo(new Balances(10, 0, 0, 0));
            assertThat(c.balancesOf("SKU-B", DC_A)).isEqualTo(new Balances(3, 0, 0, 0));
            assertThat(c.balancesOf("SKU-B", DC_B)).isEqualTo(new Balances(10, 0, 0, 0));
        }

        private void assertHeldExactlyOnce(ReservationId id, ReservationView view) {
            List<Allocation> allocations = List.of(new Allocation("SKU-A", DC_A, 4),
                    new Allocation("SKU-B", DC_A, 3), new Allocation("SKU-B", DC_B, 2));
            assertThat(view.status()).isEqualTo(ReservationStatus.RESERVED);
            assertThat(view.allocations()).isEqualTo(allocations);
            // the Balances in each event show the hold was taken on an untouched stock item, exactly once
            assertThat(c.payloadsOfType(StockReserved.class)).containsExactlyInAnyOrder(
                    reserved("SKU-A", DC_A, id, 4, new Balances(10, 4, 0, 0)),
                    reserved("SKU-B", DC_A, id, 3, new Balances(3, 3, 0, 0)),
                    reserved("SKU-B", DC_B, id, 2, new Balances(10, 2, 0, 0)));
            assertThat(c.payloadsOf(id.value())).singleElement().isInstanceOf(ReservationPlaced.class);
            assertThat(c.payloadsOfType(ReservationPlaced.class)).hasSize(1);
        }

        @Test
        void givenLoadOfSecondStockItemCrashesWhenPlacingThenNothingIsStoredAndTheRetryHoldsOnce() {
            ReservationId id = ReservationId.random();
            crashing.crashOnceOnLoad(item("SKU-B", DC_A)); // 2nd of SKU-A@DC-A, SKU-B@DC-A, SKU-B@DC-B

            Throwable thrown = catchThrowable(() -> c.send(order(id)));

            assertThat(thrown).isInstanceOf(SimulatedCrash.class);
            assertThat(crashing.loaded).as("stock items are loaded in identifier order")
                    .containsExactly("SKU-A@DC-A", "SKU-B@DC-A");
            assertNothingButReceiptsStoredAndAllAvailable(id);

            ReservationView view = c.send(order(id));

            assertHeldExactlyOnce(id, view);
        }

        @Test
        void givenSecondHoldCrashesAfterFirstWasAppliedWhenPlacingThenNothingIsStoredAndTheRetryHoldsOnce() {
            ReservationId id = ReservationId.random();
            // the explicit SKU-A@DC-A hold is applied first; then changing SKU-B@DC-A crashes
            crashing.crashOnceOnExecute(item("SKU-B", DC_A));

            Throwable thrown = catchThrowable(() -> c.send(order(id)));

            assertThat(thrown).isInstanceOf(SimulatedCrash.class);
            assertThat(crashing.executed).as("the first line was held in the unit of work").hasValue(1);
            assertNothingButReceiptsStoredAndAllAvailable(id);

            ReservationView view = c.send(order(id));

            assertHeldExactlyOnce(id, view);
        }
    }

    // ================================================================ concurrency

    @Test
    void givenFiftyConcurrentUnallocatedOrdersWhenStockIsTooLittleThenHoldsMatchAcceptedAllocationsAndNoOversell()
            throws Exception {
        int skuCount = 10;
        int orderCount = 50;
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < skuCount; i++) {
            String sku = "SKU-" + i;
            skus.add(sku);
            f.receive(sku, DC_A, 6);
            f.receive(sku, DC_B, 4);
        }
        List<AllocationCandidate> candidates = List.of(candidate(DC_A, 10), candidate(DC_B, 0));
        Random random = new Random(20240301L);
        Map<ReservationId, List<ReservationLine>> orders = new LinkedHashMap<>();
        for (int o = 0; o < orderCount; o++) {
            List<ReservationLine> lines = new ArrayList<>();
            for (int l = 0; l < 3; l++) {
                lines.add(anywhere(skus.get(random.nextInt(skuCount)), 1 + random.nextInt(5)));
            }
            orders.put(ReservationId.random(), lines);
        }

        Map<ReservationId, ReservationView> accepted = new ConcurrentHashMap<>();
        Set<ReservationId> refused = ConcurrentHashMap.newKeySet();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (Map.Entry<ReservationId, List<ReservationLine>> order : orders.entrySet()) {
            tasks.add(() -> {
                try {
                    accepted.put(order.getKey(), f.send(new PlaceReservation(order.getKey(), "ORD",
                            order.getValue(), candidates, null, T1, false)));
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

        // every accepted order got exactly what each (merged) line asked for
        Map<String, Long> expectedReserved = new HashMap<>();
        accepted.forEach((id, view) -> {
            Map<String, Long> asked = orders.get(id).stream().collect(Collectors.groupingBy(
                    l -> l.sku().value(), Collectors.summingLong(l -> l.quantity().value())));
            Map<String, Long> got = view.allocations().stream().collect(Collectors.groupingBy(
                    Allocation::sku, Collectors.summingLong(Allocation::quantity)));
            assertThat(got).as("allocations of %s", id).isEqualTo(asked);
            view.allocations().forEach(a -> expectedReserved.merge(a.stockItemId(), a.quantity(), Long::sum));
        });

        Set<String> refusedIds = refused.stream().map(ReservationId::value).collect(Collectors.toSet());
        for (String sku : skus) {
            for (String warehouse : List.of(DC_A, DC_B)) {
                String itemId = item(sku, warehouse).toString();
                List<DomainEventMessage<?>> events = f.eventsOf(itemId);
                long sumOfHolds = 0;
                for (int i = 0; i < events.size(); i++) {
                    DomainEventMessage<?> event = events.get(i);
                    assertThat(event.getSequenceNumber()).as("%s event %d", itemId, i).isEqualTo(i);
                    if (event.getPayload() instanceof StockReserved r) {
                        assertThat(refusedIds).as("a refused order held %s", itemId).doesNotContain(r.reservationId());
                        sumOfHolds += r.quantity();
                    }
                    if (event.getPayload() instanceof QuantityChanged changed) {
                        assertThat(changed.after().reserved()).as("reserved of %s", itemId)
                                .isLessThanOrEqualTo(changed.after().onHand());
                    }
                }
                Balances balances = f.balancesOf(sku, warehouse);
                assertThat(balances.reserved()).as("reserved of %s", itemId)
                        .isEqualTo(expectedReserved.getOrDefault(itemId, 0L)).isEqualTo(sumOfHolds);
                assertThat(balances.onHand()).isEqualTo(warehouse.equals(DC_A) ? 6 : 4);
            }
        }

        // DC-B (priority 0) was only used for a SKU once DC-A (priority 10) had nothing left: replay all
        // events in commit order (each command's events are committed together while it holds its locks)
        Map<String, Balances> current = new HashMap<>();
        for (EventMessage<?> event : f.engine.readEvents(null, false).collect(Collectors.toList())) {
            if (event.getPayload() instanceof StockReserved r) {
                if (r.warehouse().equals(DC_B)) {
                    assertThat(current.get(item(r.sku(), DC_A).toString()).available())
                            .as("DC-A available of %s when %s held in DC-B", r.sku(), r.reservationId())
                            .isZero();
                }
            }
            if (event.getPayload() instanceof QuantityChanged changed) {
                current.put(item(changed.sku(), changed.warehouse()).toString(), changed.after());
            }
        }

        for (ReservationId id : refused) {
            assertThat(f.eventsOf(id.value())).as("refused %s", id).isEmpty();
        }
        for (ReservationId id : accepted.keySet()) {
            assertThat(f.payloadsOf(id.value())).singleElement().isInstanceOf(ReservationPlaced.class);
        }
        assertThat(f.payloadsOfType(ReservationPlaced.class)).hasSize(accepted.size());
    }
}
