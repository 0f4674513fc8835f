package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.Shortage;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.TransferId;
import io.stockledger.inventory.command.common.WarehouseCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Given/when/then tests of the transfer commands of {@link StockItem}: the hold at the source
 * ({@link ReserveStockForTransfer}, {@link ReleaseStockFromTransfer}), dispatch ({@link TransferStockOut},
 * {@link AddInTransitStock}), receipt ({@link TransferStockIn}) and the source's record of a delivery
 * discrepancy ({@link RecordTransferDiscrepancy}). Given events are numbered from sequence 0, so the
 * {@code version} of the answered {@link StockLevel} is the number of given events plus new events, minus one.
 */
class StockItemTransferTest {

    private static final String SKU = "85123A";
    private static final String SRC = "DC-001";
    private static final String DST = "DC-002";
    private static final StockItemId SOURCE = StockItemId.of(SKU, SRC);
    private static final StockItemId DESTINATION = StockItemId.of(SKU, DST);
    private static final WarehouseCode SRC_CODE = new WarehouseCode(SRC);
    private static final WarehouseCode DST_CODE = new WarehouseCode(DST);

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T1 = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant T3 = Instant.parse("2024-03-01T11:00:00Z");

    private static final TransferId TR1 = new TransferId("3a7d2c1e-5f4b-4a6c-9d8e-7f6a5b4c3d2e");
    private static final TransferId TR2 = new TransferId("b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e");
    private static final ReservationId R1 = new ReservationId("6f1c2a3e-0b4d-4c5e-8f90-1a2b3c4d5e6f");

    private AggregateTestFixture<StockItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StockItem.class);
    }

    // ---------------------------------------------------------------- given events and expectations

    private static Balances balances(long onHand, long reserved, long damaged, long inTransit) {
        return new Balances(onHand, reserved, damaged, inTransit);
    }

    private static StockReceived received(String warehouse, long quantity) {
        return new StockReceived(SKU, warehouse, quantity, null, null, T0, balances(quantity, 0, 0, 0));
    }

    private static StockReservedForTransfer heldForTransfer(TransferId id, long quantity, Balances after) {
        return new StockReservedForTransfer(SKU, SRC, id.value(), quantity, T1, after);
    }

    private static StockReserved reservedForOrder(long quantity, Balances after) {
        return new StockReserved(SKU, SRC, R1.value(), quantity, T1, after);
    }

    private static InTransitStockAdded inTransit(TransferId id, long quantity, Balances after) {
        return new InTransitStockAdded(SKU, DST, id.value(), SRC, quantity, "TRK-1", T2, after);
    }

    private static StockLevel level(String warehouse, long onHand, long reserved, long damaged, long inTransit,
                                    long version, Instant updatedAt) {
        return new StockLevel(SKU, warehouse, onHand, reserved, onHand - reserved, inTransit, damaged, null, null,
                null, null, null, null, version, updatedAt);
    }

    private static Matcher<Object> insufficient(long requested, long available) {
        return Matchers.predicate(e -> e instanceof InsufficientStockException ise
                && ise.shortages().equals(List.of(new Shortage(SKU, SRC, requested, available))));
    }

    private static ReserveStockForTransfer reserve(TransferId id, long quantity) {
        return new ReserveStockForTransfer(SOURCE, id, new Quantity(quantity), T1);
    }

    private static AddInTransitStock addInTransit(TransferId id, long quantity, String tracking) {
        return new AddInTransitStock(DESTINATION, id, new Quantity(quantity), SRC_CODE, tracking, T2);
    }

    private static TransferStockIn transferIn(TransferId id, long received) {
        return new TransferStockIn(DESTINATION, id, received, SRC_CODE, T3);
    }

    // ---------------------------------------------------------------- ReserveStockForTransfer

    @Test
    void givenReceived100WhenReserve30ForTransferThenHeldAndReservedUp() {
        fixture.given(received(SRC, 100))
                .when(reserve(TR1, 30))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StockReservedForTransfer(SKU, SRC, TR1.value(), 30, T1, balances(100, 30, 0, 0)))
                .expectResultMessagePayload(level(SRC, 100, 30, 0, 0, 1, T1))
                .expectState(item -> {
                    assertThat(item.heldFor(TR1.value())).isEqualTo(30);
                    assertThat(item.available()).isEqualTo(70);
                });
    }

    @Test
    void givenReservation60WhenReserveExactlyTheRemaining40ForTransferThenAccepted() {
        fixture.given(received(SRC, 100), reservedForOrder(60, balances(100, 60, 0, 0)))
                .when(reserve(TR1, 40))
                .expectEvents(new StockReservedForTransfer(SKU, SRC, TR1.value(), 40, T1, balances(100, 100, 0, 0)))
                .expectResultMessagePayload(level(SRC, 100, 100, 0, 0, 2, T1));
    }

    @Test
    void givenTransferHolds30WhenReserveSame30AgainThenNoEvents() {
        fixture.given(received(SRC, 100), heldForTransfer(TR1, 30, balances(100, 30, 0, 0)))
                .when(reserve(TR1, 30))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(level(SRC, 100, 30, 0, 0, 1, T1))
                .expectState(item -> assertThat(item.heldFor(TR1.value())).isEqualTo(30));
    }

    @Test
    void givenTransferHolds30WhenReserve40ForTheSameTransferThenRefusedAsInvalidQuantity() {
        fixture.given(received(SRC, 100), heldForTransfer(TR1, 30, balances(100, 30, 0, 0)))
                .when(reserve(TR1, 40))
                .expectNoEvents()
                .expectException(InvalidValueException.class)
                .expectException(Matchers.predicate(e -> e instanceof InvalidValueException ive
                        && "quantity".equals(ive.field()) && ive.getMessage().contains("already holds 30")));
    }

    @Test
    void givenTransferHolds30WhenAnotherTransferReserves20ThenBothHeld() {
        fixture.given(received(SRC, 100), heldForTransfer(TR1, 30, balances(100, 30, 0, 0)))
                .when(reserve(TR2, 20))
                .expectEvents(new StockReservedForTransfer(SKU, SRC, TR2.value(), 20, T1, balances(100, 50, 0, 0)))
                .expectState(item -> {
                    assertThat(item.heldFor(TR1.value())).isEqualTo(30);
                    assertThat(item.heldFor(TR2.value())).isEqualTo(20);
                });
    }

    @Test
    void givenReservation60WhenReserve41ForTransferThenRefusedAndNothingChanges() {
        fixture.given(received(SRC, 100), reservedForOrder(60, balances(100, 60, 0, 0)))
                .when(reserve(TR1, 41))
                .expectNoEvents()
                .expectException(InsufficientStockException.class)
                .expectExceptionMessage("cannot reserve for transfer 41 units of 85123A in DC-001: only 40 available")
                .expectException(insufficient(41, 40));
    }

    @Test
    void givenNothingWhenReserve1ForTransferThenRefusedWithNothingAvailable() {
        fixture.givenNoPriorActivity()
                .when(reserve(TR1, 1))
                .expectNoEvents()
                .expectException(insufficient(1, 0));
    }

    @Test
    void givenDamagedUnitsWhenReserveForTransferThenOnlyOnHandMinusReservedCounts() {
        fixture.given(received(SRC, 10), new StockDamaged(SKU, SRC, 4, "water", T0, balances(6, 0, 4, 0)))
                .when(reserve(TR1, 7))
                .expectNoEvents()
                .expectException(insufficient(7, 6));
    }

    // ---------------------------------------------------------------- ReleaseStockFromTransfer

    @Test
    void givenTransferHolds30WhenReleaseThenHoldDroppedAndReservedDown() {
        fixture.given(received(SRC, 100), reservedForOrder(20, balances(100, 20, 0, 0)),
                        heldForTransfer(TR1, 30, balances(100, 50, 0, 0)))
                .when(new ReleaseStockFromTransfer(SOURCE, TR1, T2))
                .expectEvents(new StockReleasedFromTransfer(SKU, SRC, TR1.value(), 30, T2, balances(100, 20, 0, 0)))
                .expectResultMessagePayload(level(SRC, 100, 20, 0, 0, 3, T2))
                .expectState(item -> {
                    assertThat(item.heldFor(TR1.value())).isZero();
                    assertThat(item.heldFor(R1.value())).isEqualTo(20);
                });
    }

    @Test
    void givenNoHoldOfTheTransferWhenReleaseThenNoEvents() {
        fixture.given(received(SRC, 100), heldForTransfer(TR2, 30, balances(100, 30, 0, 0)))
                .when(new ReleaseStockFromTransfer(SOURCE, TR1, T2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(level(SRC, 100, 30, 0, 0, 1, T1));
    }

    @Test
    void givenHoldAlreadyReleasedWhenReleaseAgainThenNoEvents() {
        fixture.given(received(SRC, 100), heldForTransfer(TR1, 30, balances(100, 30, 0, 0)),
                        new StockReleasedFromTransfer(SKU, SRC, TR1.value(), 30, T2, balances(100, 0, 0, 0)))
                .when(new ReleaseStockFromTransfer(SOURCE, TR1, T3))
                .expectNoEvents()
                .expectResultMessagePayload(level(SRC, 100, 0, 0, 0, 2, T2));
    }

    // ---------------------------------------------------------------- TransferStockOut

    @Test
    void givenTransferHolds30WhenTransferOutThenOnHandAndReservedDownBy30() {
        fixture.given(received(SRC, 100), reservedForOrder(20, balances(100, 20, 0, 0)),
                        heldForTransfer(TR1, 30, balances(100, 50, 0, 0)))
                .when(new TransferStockOut(SOURCE, TR1, DST_CODE, T2))
                .expectEvents(new StockTransferredOut(SKU, SRC, TR1.value(), DST, 30, T2, balances(70, 20, 0, 0)))
                .expectResultMessagePayload(level(SRC, 70, 20, 0, 0, 3, T2))
                .expectState(item -> {
                    assertThat(item.heldFor(TR1.value())).isZero();
                    assertThat(item.heldFor(R1.value())).isEqualTo(20);
                });
    }

    @Test
    void givenDamagedAndInTransitWhenTransferOutThenOnlyOnHandAndReservedChange() {
        fixture.given(received(SRC, 100), new StockDamaged(SKU, SRC, 5, "water", T0, balances(95, 0, 5, 0)),
                        new InTransitStockAdded(SKU, SRC, TR2.value(), DST, 8, null, T0, balances(95, 0, 5, 8)),
                        heldForTransfer(TR1, 30, balances(95, 30, 5, 8)))
                .when(new TransferStockOut(SOURCE, TR1, DST_CODE, T2))
                .expectEvents(new StockTransferredOut(SKU, SRC, TR1.value(), DST, 30, T2, balances(65, 0, 5, 8)));
    }

    @Test
    void givenAlreadyTransferredOutWhenTransferOutAgainThenNoEvents() {
        fixture.given(received(SRC, 100), heldForTransfer(TR1, 30, balances(100, 30, 0, 0)),
                        new StockTransferredOut(SKU, SRC, TR1.value(), DST, 30, T2, balances(70, 0, 0, 0)))
                .when(new TransferStockOut(SOURCE, TR1, DST_CODE, T3))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(level(SRC, 70, 0, 0, 0, 2, T2));
    }

    @Test
    void givenHoldReleasedWhenTransferOutThenNoEvents() {
        fixture.given(received(SRC, 100), heldForTransfer(TR1, 30, balances(100, 30, 0, 0)),
                        new StockReleasedFromTransfer(SKU, SRC, TR1.value(), 30, T2, balances(100, 0, 0, 0)))
                .when(new TransferStockOut(SOURCE, TR1, DST_CODE, T3))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- AddInTransitStock

    @Test
    void givenNothingWhenAddInTransitThenStockItemCreatedWithInTransit30AtVersion0() {
        fixture.givenNoPriorActivity()
                .when(addInTransit(TR1, 30, "TRK-1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(inTransit(TR1, 30, balances(0, 0, 0, 30)))
                .expectResultMessagePayload(level(DST, 0, 0, 0, 30, 0, T2))
                .expectState(item -> assertThat(item.level()).isEqualTo(level(DST, 0, 0, 0, 30, 0, T2)));
    }

    @Test
    void givenStockAndAnotherTransferInTransitWhenAddInTransitThenInTransitAddsUp() {
        fixture.given(received(DST, 5), new InTransitStockAdded(SKU, DST, TR2.value(), SRC, 10, null, T1,
                        balances(5, 0, 0, 10)))
                .when(addInTransit(TR1, 30, null))
                .expectEvents(new InTransitStockAdded(SKU, DST, TR1.value(), SRC, 30, null, T2, balances(5, 0, 0, 40)))
                .expectResultMessagePayload(level(DST, 5, 0, 0, 40, 2, T2));
    }

    @Test
    void givenTransferAlreadyInTransitWhenAddInTransitAgainThenNoEvents() {
        fixture.given(inTransit(TR1, 30, balances(0, 0, 0, 30)))
                .when(addInTransit(TR1, 30, "TRK-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(level(DST, 0, 0, 0, 30, 0, T2));
    }

    // ---------------------------------------------------------------- TransferStockIn

    @Test
    void givenInTransit30WhenReceive25ThenShortDeliveryOnHand25AndInTransit0() {
        fixture.given(inTransit(TR1, 30, balances(0, 0, 0, 30)))
                .when(transferIn(TR1, 25))
                .expectEvents(new StockTransferredIn(SKU, DST, TR1.value(), SRC, 30, 25, T3, balances(25, 0, 0, 0)))
                .expectResultMessagePayload(level(DST, 25, 0, 0, 0, 1, T3));
    }

    @Test
    void givenInTransit30WhenReceive30ThenExactDelivery() {
        fixture.given(inTransit(TR1, 30, balances(0, 0, 0, 30)))
                .when(transferIn(TR1, 30))
                .expectEvents(new StockTransferredIn(SKU, DST, TR1.value(), SRC, 30, 30, T3, balances(30, 0, 0, 0)))
                .expectResultMessagePayload(level(DST, 30, 0, 0, 0, 1, T3));
    }

    @Test
    void givenInTransit30WhenReceive33ThenOverDeliveryOnHand33() {
        fixture.given(inTransit(TR1, 30, balances(0, 0, 0, 30)))
                .when(transferIn(TR1, 33))
                .expectEvents(new StockTransferredIn(SKU, DST, TR1.value(), SRC, 30, 33, T3, balances(33, 0, 0, 0)))
                .expectResultMessagePayload(level(DST, 33, 0, 0, 0, 1, T3));
    }

    @Test
    void givenInTransit30WhenReceiveNothingThenInTransitGoneAndOnHandUnchanged() {
        fixture.given(received(DST, 7), inTransit(TR1, 30, balances(7, 0, 0, 30)))
                .when(transferIn(TR1, 0))
                .expectEvents(new StockTransferredIn(SKU, DST, TR1.value(), SRC, 30, 0, T3, balances(7, 0, 0, 0)));
    }

    @Test
    void givenStockReservedAndTwoTransfersInTransitWhenReceiveOneThenOnlyItsInTransitLeaves() {
        fixture.given(received(DST, 10),
                        new StockReserved(SKU, DST, R1.value(), 4, T1, balances(10, 4, 0, 0)),
                        new InTransitStockAdded(SKU, DST, TR2.value(), SRC, 12, null, T1, balances(10, 4, 0, 12)),
                        inTransit(TR1, 30, balances(10, 4, 0, 42)))
                .when(transferIn(TR1, 28))
                .expectEvents(new StockTransferredIn(SKU, DST, TR1.value(), SRC, 30, 28, T3, balances(38, 4, 0, 12)))
                .expectResultMessagePayload(level(DST, 38, 4, 0, 12, 4, T3));
    }

    @Test
    void givenTransferAlreadyReceivedWhenReceiveAgainThenNoEvents() {
        fixture.given(inTransit(TR1, 30, balances(0, 0, 0, 30)),
                        new StockTransferredIn(SKU, DST, TR1.value(), SRC, 30, 25, T3, balances(25, 0, 0, 0)))
                .when(transferIn(TR1, 30))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(level(DST, 25, 0, 0, 0, 1, T3));
    }

    @Test
    void givenNothingOfTheTransferInTransitWhenReceiveThenNoEvents() {
        fixture.given(received(DST, 5), new InTransitStockAdded(SKU, DST, TR2.value(), SRC, 10, null, T1,
                        balances(5, 0, 0, 10)))
                .when(transferIn(TR1, 10))
                .expectNoEvents()
                .expectResultMessagePayload(level(DST, 5, 0, 0, 10, 1, T1));
    }

    @Test
    void receivedQuantityOutOfRangeIsRefusedByTheCommand() {
        assertThatThrownBy(() -> transferIn(TR1, -1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> transferIn(TR1, Quantity.MAX + 1)).isInstanceOf(InvalidValueException.class);
        assertThat(transferIn(TR1, Quantity.MAX).received()).isEqualTo(Quantity.MAX);
    }

    // ---------------------------------------------------------------- RecordTransferDiscrepancy

    @Test
    void givenTransferredOutWhenRecordShortDiscrepancyThenRecordedWithUnchangedBalances() {
        fixture.given(received(SRC, 100), heldForTransfer(TR1, 30, balances(100, 30, 0, 0)),
                        new StockTransferredOut(SKU, SRC, TR1.value(), DST, 30, T2, balances(70, 0, 0, 0)))
                .when(new RecordTransferDiscrepancy(SOURCE, TR1, DST_CODE, 30, 25, T3))
                .expectEvents(new TransferDiscrepancyRecorded(SKU, SRC, TR1.value(), DST, 30, 25, T3,
                        balances(70, 0, 0, 0)))
                .expectResultMessagePayload(level(SRC, 70, 0, 0, 0, 3, T3));
    }

    @Test
    void givenTransferredOutWhenRecordOverDiscrepancyThenPositiveDifference() {
        fixture.given(received(SRC, 100), new StockDamaged(SKU, SRC, 2, "water", T0, balances(98, 0, 2, 0)),
                        heldForTransfer(TR1, 30, balances(98, 30, 2, 0)),
                        new StockTransferredOut(SKU, SRC, TR1.value(), DST, 30, T2, balances(68, 0, 2, 0)))
                .when(new RecordTransferDiscrepancy(SOURCE, TR1, DST_CODE, 30, 33, T3))
                .expectEvents(new TransferDiscrepancyRecorded(SKU, SRC, TR1.value(), DST, 30, 33, T3,
                        balances(68, 0, 2, 0)))
                .expectResultMessagePayload(level(SRC, 68, 0, 2, 0, 4, T3));
    }

    @Test
    void discrepancyDifferencesAreReceivedMinusExpected() {
        assertThat(new TransferDiscrepancyRecorded(SKU, SRC, TR1.value(), DST, 30, 25, T3, balances(0, 0, 0, 0))
                .difference()).isEqualTo(-5);
        assertThat(new TransferDiscrepancyRecorded(SKU, SRC, TR1.value(), DST, 30, 33, T3, balances(0, 0, 0, 0))
                .difference()).isEqualTo(3);
        assertThat(new StockTransferredIn(SKU, DST, TR1.value(), SRC, 30, 0, T3, balances(0, 0, 0, 0))
                .difference()).isEqualTo(-30);
    }

    // ---------------------------------------------------------------- a whole transfer, both ends

    @Test
    void givenWholeTransferHistoryAtTheSourceThenStateIsRebuiltFromTheEvents() {
        fixture.given(received(SRC, 100), heldForTransfer(TR1, 30, balances(100, 30, 0, 0)),
                        heldForTransfer(TR2, 10, balances(100, 40, 0, 0)),
                        new StockTransferredOut(SKU, SRC, TR1.value(), DST, 30, T2, balances(70, 10, 0, 0)),
                        new TransferDiscrepancyRecorded(SKU, SRC, TR1.value(), DST, 30, 25, T3,
                                balances(70, 10, 0, 0)))
                .when(reserve(TR2, 10))
                .expectNoEvents()
                .expectResultMessagePayload(level(SRC, 70, 10, 0, 0, 4, T3))
                .expectState(item -> {
                    assertThat(item.heldFor(TR1.value())).isZero();
                    assertThat(item.heldFor(TR2.value())).isEqualTo(10);
                });
    }

    // ---------------------------------------------------------------- snapshot

    @Test
    void jacksonSnapshotKeepsTheTransferHoldsAndTheTransfersInTransit() throws Exception {
        List<Object> payloads = List.of(
                received(DST, 50),
                new StockReservedForTransfer(SKU, DST, TR2.value(), 20, T1, balances(50, 20, 0, 0)),
                new InTransitStockAdded(SKU, DST, TR1.value(), SRC, 30, "TRK-1", T2, balances(50, 20, 0, 30)));
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            events.add(new GenericDomainEventMessage<>("StockItem", DESTINATION.toString(), i, payloads.get(i)));
        }
        EventSourcedAggregate<StockItem> aggregate = EventSourcedAggregate.initialize(new StockItem(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(StockItem.class), SimpleEventBus.builder().build(),
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events));
        StockItem original = aggregate.getAggregateRoot();

        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        String json = mapper.writeValueAsString(original);
        StockItem restored = mapper.readValue(json, StockItem.class);

        assertThat(json).contains("\"inbound\"").contains(TR1.value());
        assertThat(restored.level()).isEqualTo(level(DST, 50, 20, 0, 30, 2, T2));
        assertThat(restored.heldFor(TR2.value())).isEqualTo(20);
        assertThat(restored).usingRecursiveComparison().isEqualTo(original);
    }
}
