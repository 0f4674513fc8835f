package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.Bin;
import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.Shortage;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given/when/then tests of every command of {@link StockItem}, accepted and refused. Given events are numbered
 * from sequence 0, so the {@code version} of the answered {@link StockLevel} is the number of given events plus
 * the number of new events, minus one.
 */
class StockItemTest {

    private static final String SKU = "85123A";
    private static final String WH = "DC-001";
    private static final StockItemId ID = StockItemId.of(SKU, WH);

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T1 = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant T3 = Instant.parse("2024-03-01T11:00:00Z");

    private static final ReservationId R1 = new ReservationId("6f1c2a3e-0b4d-4c5e-8f90-1a2b3c4d5e6f");
    private static final ReservationId R2 = new ReservationId("0d9e8f7a-6b5c-4d3e-9f21-0a1b2c3d4e5f");

    private static final ReorderPolicy POLICY = new ReorderPolicy(20, 50, 10, 200L, 7);

    private AggregateTestFixture<StockItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StockItem.class);
    }

    // ---------------------------------------------------------------- given events

    private static Balances balances(long onHand, long reserved, long damaged) {
        return new Balances(onHand, reserved, damaged, 0);
    }

    private static StockReceived received(long quantity, long onHandAfter) {
        return new StockReceived(SKU, WH, quantity, null, null, T0, balances(onHandAfter, 0, 0));
    }

    private static StockReceived received100() {
        return received(100, 100);
    }

    private static StockReserved reserved(ReservationId id, long quantity, Balances after) {
        return new StockReserved(SKU, WH, id.value(), quantity, T1, after);
    }

    /** Expected level without bin and policy. */
    private static StockLevel level(long onHand, long reserved, long damaged, long version, Instant updatedAt) {
        return new StockLevel(SKU, WH, onHand, reserved, onHand - reserved, 0, damaged, null, null, null, null,
                null, null, version, updatedAt);
    }

    private static Matcher<Object> insufficient(long requested, long available) {
        return Matchers.predicate(e -> e instanceof InsufficientStockException ise
                && ise.shortages().equals(List.of(new Shortage(SKU, WH, requested, available))));
    }

    // ---------------------------------------------------------------- ReceiveStock

    @Test
    void givenNothingWhenReceive100ThenItemCreatedWithOnHand100AtVersion0() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveStock(ID, new Quantity(100), null, "PO-1", null, T1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StockReceived(SKU, WH, 100, null, "PO-1", T1, balances(100, 0, 0)))
                .expectResultMessagePayload(level(100, 0, 0, 0, T1))
                .expectState(item -> assertThat(item.level()).isEqualTo(level(100, 0, 0, 0, T1)));
    }

    @Test
    void givenNothingWhenReceive100IntoBinThenStockReceivedAndBinAssigned() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveStock(ID, new Quantity(100), null, null, new Bin("A-03-12"), T1))
                .expectEvents(new StockReceived(SKU, WH, 100, null, null, T1, balances(100, 0, 0)),
                        new BinAssigned(SKU, WH, "A-03-12", T1))
                .expectResultMessagePayload(new StockLevel(SKU, WH, 100, 0, 100, 0, 0, "A-03-12", null, null, null,
                        null, null, 1, T1));
    }

    @Test
    void givenItemInBinA0312WhenReceiveIntoSameBinThenNoBinAssigned() {
        fixture.given(received100(), new BinAssigned(SKU, WH, "A-03-12", T0))
                .when(new ReceiveStock(ID, new Quantity(5), null, null, new Bin("A-03-12"), T1))
                .expectEvents(new StockReceived(SKU, WH, 5, null, null, T1, balances(105, 0, 0)))
                .expectResultMessagePayloadMatching(Matchers.predicate(
                        l -> l instanceof StockLevel s && "A-03-12".equals(s.bin()) && s.version() == 2
                                && s.onHand() == 105));
    }

    @Test
    void givenItemInBinA0312WhenReceiveIntoBinB0101ThenBinAssigned() {
        fixture.given(received100(), new BinAssigned(SKU, WH, "A-03-12", T0))
                .when(new ReceiveStock(ID, new Quantity(5), null, null, new Bin("B-01-01"), T1))
                .expectEvents(new StockReceived(SKU, WH, 5, null, null, T1, balances(105, 0, 0)),
                        new BinAssigned(SKU, WH, "B-01-01", T1))
                .expectState(item -> assertThat(item.level().bin()).isEqualTo("B-01-01"));
    }

    @Test
    void givenItemInBinA0312WhenReceiveWithoutBinThenBinKept() {
        fixture.given(received100(), new BinAssigned(SKU, WH, "A-03-12", T0))
                .when(new ReceiveStock(ID, new Quantity(5), null, null, null, T1))
                .expectEvents(new StockReceived(SKU, WH, 5, null, null, T1, balances(105, 0, 0)))
                .expectState(item -> assertThat(item.level().bin()).isEqualTo("A-03-12"));
    }

    @Test
    void givenReceived100Reserved30WhenReceive50At12_5000ThenReservedKeptAndUnitCostStripped() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)))
                .when(new ReceiveStock(ID, new Quantity(50), new BigDecimal("12.5000"), "PO-2", null, T2))
                .expectEvents(new StockReceived(SKU, WH, 50, new BigDecimal("12.5"), "PO-2", T2,
                        balances(150, 30, 0)))
                .expectResultMessagePayload(level(150, 30, 0, 2, T2));
    }

    // ---------------------------------------------------------------- ReturnStock

    @Test
    void givenReceived100Reserved30WhenReturn5SellableThenOnHand105() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)))
                .when(new ReturnStock(ID, new Quantity(5), "ORD-9", ReturnCondition.SELLABLE, T2))
                .expectEvents(new StockReturned(SKU, WH, 5, "ORD-9", ReturnCondition.SELLABLE, T2,
                        balances(105, 30, 0)))
                .expectResultMessagePayload(level(105, 30, 0, 2, T2));
    }

    @Test
    void givenReceived100WhenReturn5DamagedThenDamaged5AndOnHandUnchanged() {
        fixture.given(received100())
                .when(new ReturnStock(ID, new Quantity(5), null, ReturnCondition.DAMAGED, T1))
                .expectEvents(new StockReturned(SKU, WH, 5, null, ReturnCondition.DAMAGED, T1,
                        balances(100, 0, 5)))
                .expectResultMessagePayload(level(100, 0, 5, 1, T1));
    }

    @Test
    void givenNothingWhenReturn3SellableThenItemCreatedWithOnHand3() {
        fixture.givenNoPriorActivity()
                .when(new ReturnStock(ID, new Quantity(3), null, ReturnCondition.SELLABLE, T1))
                .expectEvents(new StockReturned(SKU, WH, 3, null, ReturnCondition.SELLABLE, T1,
                        balances(3, 0, 0)))
                .expectResultMessagePayload(level(3, 0, 0, 0, T1));
    }

    // ---------------------------------------------------------------- RecordDamage

    @Test
    void givenReceived100WhenDamage10ThenOnHand90Damaged10() {
        fixture.given(received100())
                .when(new RecordDamage(ID, new Quantity(10), "forklift", T1))
                .expectEvents(new StockDamaged(SKU, WH, 10, "forklift", T1, balances(90, 0, 10)))
                .expectResultMessagePayload(level(90, 0, 10, 1, T1));
    }

    @Test
    void givenReceived100Reserved95WhenDamage5ThenAcceptedLeavingNothingAvailable() {
        fixture.given(received100(), reserved(R1, 95, balances(100, 95, 0)))
                .when(new RecordDamage(ID, new Quantity(5), "water", T2))
                .expectEvents(new StockDamaged(SKU, WH, 5, "water", T2, balances(95, 95, 5)))
                .expectResultMessagePayload(level(95, 95, 5, 2, T2));
    }

    @Test
    void givenReceived100Reserved95WhenDamage6ThenRefusedBecauseItWouldTakeReservedUnits() {
        fixture.given(received100(), reserved(R1, 95, balances(100, 95, 0)))
                .when(new RecordDamage(ID, new Quantity(6), "water", T2))
                .expectNoEvents()
                .expectException(InsufficientStockException.class)
                .expectException(insufficient(6, 5));
    }

    @Test
    void givenNothingWhenDamage1ThenRefusedWithNothingAvailable() {
        fixture.givenNoPriorActivity()
                .when(new RecordDamage(ID, new Quantity(1), "water", T1))
                .expectNoEvents()
                .expectException(insufficient(1, 0));
    }

    // ---------------------------------------------------------------- AdjustStock

    @Test
    void givenReceived100WhenAdjustPlus7ThenOnHand107() {
        fixture.given(received100())
                .when(new AdjustStock(ID, 7, "found on shelf", T1))
                .expectEvents(new StockAdjusted(SKU, WH, 7, "found on shelf", T1, balances(107, 0, 0)))
                .expectResultMessagePayload(level(107, 0, 0, 1, T1));
    }

    @Test
    void givenReceived100Reserved60WhenAdjustMinus40ThenOnHand60() {
        fixture.given(received100(), reserved(R1, 60, balances(100, 60, 0)))
                .when(new AdjustStock(ID, -40, "write-off", T2))
                .expectEvents(new StockAdjusted(SKU, WH, -40, "write-off", T2, balances(60, 60, 0)))
                .expectResultMessagePayload(level(60, 60, 0, 2, T2));
    }

    @Test
    void givenReceived100Reserved60WhenAdjustMinus41ThenRefusedBelowReserved() {
        fixture.given(received100(), reserved(R1, 60, balances(100, 60, 0)))
                .when(new AdjustStock(ID, -41, "write-off", T2))
                .expectNoEvents()
                .expectException(insufficient(41, 40));
    }

    @Test
    void givenNothingWhenAdjustMinus1ThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new AdjustStock(ID, -1, "write-off", T1))
                .expectNoEvents()
                .expectException(insufficient(1, 0));
    }

    // ---------------------------------------------------------------- CountStock

    @Test
    void givenReceived100Reserved20WhenCount93ThenOnHand93DifferenceMinus7() {
        fixture.given(received100(), reserved(R1, 20, balances(100, 20, 0)))
                .when(new CountStock(ID, 93, "cycle count", T2))
                .expectEvents(new StockCounted(SKU, WH, 93, -7, "cycle count", T2, balances(93, 20, 0)))
                .expectResultMessagePayload(level(93, 20, 0, 2, T2));
    }

    @Test
    void givenReceived100Damaged4WhenCount120ThenDifference20AndDamagedKept() {
        fixture.given(received100(), new StockDamaged(SKU, WH, 4, "water", T0, balances(96, 0, 4)))
                .when(new CountStock(ID, 120, null, T1))
                .expectEvents(new StockCounted(SKU, WH, 120, 24, null, T1, balances(120, 0, 4)))
                .expectResultMessagePayload(level(120, 0, 4, 2, T1));
    }

    @Test
    void givenReceived100Reserved20WhenCount20ThenAcceptedAtReserved() {
        fixture.given(received100(), reserved(R1, 20, balances(100, 20, 0)))
                .when(new CountStock(ID, 20, null, T2))
                .expectEvents(new StockCounted(SKU, WH, 20, -80, null, T2, balances(20, 20, 0)));
    }

    @Test
    void givenReceived100Reserved20WhenCount19ThenRefusedBelowReserved() {
        fixture.given(received100(), reserved(R1, 20, balances(100, 20, 0)))
                .when(new CountStock(ID, 19, null, T2))
                .expectNoEvents()
                .expectException(InsufficientStockException.class)
                .expectException(insufficient(81, 80));
    }

    @Test
    void givenReceived100WhenCount0ThenOnHand0() {
        fixture.given(received100())
                .when(new CountStock(ID, 0, null, T1))
                .expectEvents(new StockCounted(SKU, WH, 0, -100, null, T1, balances(0, 0, 0)))
                .expectResultMessagePayload(level(0, 0, 0, 1, T1));
    }

    // ---------------------------------------------------------------- ChangeReorderPolicy

    @Test
    void givenReceived100WhenChangePolicyThenReorderPolicyChangedAndLevelShowsIt() {
        fixture.given(received100())
                .when(new ChangeReorderPolicy(ID, POLICY, T1))
                .expectEvents(new ReorderPolicyChanged(SKU, WH, 20, 50, 10, 200L, 7, T1))
                .expectResultMessagePayload(new StockLevel(SKU, WH, 100, 0, 100, 0, 0, null, 20L, 50L, 10L, 200L,
                        7, 1, T1));
    }

    @Test
    void givenNothingWhenChangePolicyThenItemCreatedWithPolicyAtVersion0() {
        fixture.givenNoPriorActivity()
                .when(new ChangeReorderPolicy(ID, new ReorderPolicy(0, 1, 0, null, 0), T1))
                .expectEvents(new ReorderPolicyChanged(SKU, WH, 0, 1, 0, null, 0, T1))
                .expectResultMessagePayload(new StockLevel(SKU, WH, 0, 0, 0, 0, 0, null, 0L, 1L, 0L, null, 0, 0,
                        T1));
    }

    @Test
    void givenPolicyWhenSamePolicyAgainThenNoEventsAndVersionUnchanged() {
        fixture.given(received100(), new ReorderPolicyChanged(SKU, WH, 20, 50, 10, 200L, 7, T0))
                .when(new ChangeReorderPolicy(ID, new ReorderPolicy(20, 50, 10, 200L, 7), T2))
                .expectNoEvents()
                .expectResultMessagePayload(new StockLevel(SKU, WH, 100, 0, 100, 0, 0, null, 20L, 50L, 10L, 200L,
                        7, 1, T0));
    }

    @Test
    void givenPolicyWhenOnlyLeadTimeChangesThenReorderPolicyChanged() {
        fixture.given(received100(), new ReorderPolicyChanged(SKU, WH, 20, 50, 10, 200L, 7, T0))
                .when(new ChangeReorderPolicy(ID, new ReorderPolicy(20, 50, 10, 200L, 8), T2))
                .expectEvents(new ReorderPolicyChanged(SKU, WH, 20, 50, 10, 200L, 8, T2));
    }

    // ---------------------------------------------------------------- ReserveStock

    @Test
    void givenReceived100WhenReserve30ThenStockReservedAndAvailable70() {
        fixture.given(received100())
                .when(new ReserveStock(ID, R1, new Quantity(30), T1))
                .expectEvents(new StockReserved(SKU, WH, R1.value(), 30, T1, balances(100, 30, 0)))
                .expectResultMessagePayload(level(100, 30, 0, 1, T1))
                .expectState(item -> assertThat(item.heldFor(R1.value())).isEqualTo(30));
    }

    @Test
    void givenReceived100WhenReserve100ThenAcceptedLeavingNothingAvailable() {
        fixture.given(received100())
                .when(new ReserveStock(ID, R1, new Quantity(100), T1))
                .expectEvents(new StockReserved(SKU, WH, R1.value(), 100, T1, balances(100, 100, 0)))
                .expectResultMessagePayloadMatching(Matchers.predicate(
                        l -> l instanceof StockLevel s && s.available() == 0 && s.version() == 1));
    }

    @Test
    void givenReceived100WhenReserve101ThenRefused() {
        fixture.given(received100())
                .when(new ReserveStock(ID, R1, new Quantity(101), T1))
                .expectNoEvents()
                .expectException(InsufficientStockException.class)
                .expectExceptionMessage("cannot reserve 101 units of 85123A in DC-001: only 100 available")
                .expectException(insufficient(101, 100));
    }

    @Test
    void givenReceived100Reserved60ForR1WhenReserve41ForR2ThenRefused() {
        fixture.given(received100(), reserved(R1, 60, balances(100, 60, 0)))
                .when(new ReserveStock(ID, R2, new Quantity(41), T2))
                .expectNoEvents()
                .expectException(insufficient(41, 40));
    }

    @Test
    void givenReceived100Reserved60ForR1WhenReserve40ForR2ThenAccepted() {
        fixture.given(received100(), reserved(R1, 60, balances(100, 60, 0)))
                .when(new ReserveStock(ID, R2, new Quantity(40), T2))
                .expectEvents(new StockReserved(SKU, WH, R2.value(), 40, T2, balances(100, 100, 0)))
                .expectResultMessagePayload(level(100, 100, 0, 2, T2));
    }

    @Test
    void givenNothingWhenReserve1ThenRefusedWithNothingAvailable() {
        fixture.givenNoPriorActivity()
                .when(new ReserveStock(ID, R1, new Quantity(1), T1))
                .expectNoEvents()
                .expectException(insufficient(1, 0));
    }

    @Test
    void givenReserved30ForR1WhenReserve30ForR1AgainThenNoEventsAndSameAnswer() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)))
                .when(new ReserveStock(ID, R1, new Quantity(30), T2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(level(100, 30, 0, 1, T1));
    }

    @Test
    void givenReserved30ForR1WhenReserve31ForR1ThenInvalidValue() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)))
                .when(new ReserveStock(ID, R1, new Quantity(31), T2))
                .expectNoEvents()
                .expectException(InvalidValueException.class)
                .expectException(Matchers.predicate(
                        e -> e instanceof InvalidValueException ive && "quantity".equals(ive.field())));
    }

    @Test
    void givenReserved30ForR1WhenReserve10ForR1ThenInvalidValueEvenThoughAvailable() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)))
                .when(new ReserveStock(ID, R1, new Quantity(10), T2))
                .expectNoEvents()
                .expectException(InvalidValueException.class);
    }

    @Test
    void givenReserved30ForR1ThenReleasedWhenReserve100ForR2ThenAccepted() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)),
                        new StockReleased(SKU, WH, R1.value(), 30, "RELEASED", T2, balances(100, 0, 0)))
                .when(new ReserveStock(ID, R2, new Quantity(100), T3))
                .expectEvents(new StockReserved(SKU, WH, R2.value(), 100, T3, balances(100, 100, 0)));
    }

    // ---------------------------------------------------------------- ShipReservedStock

    @Test
    void givenReserved30ForR1WhenShipR1ThenOnHandAndReservedBothDrop() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)))
                .when(new ShipReservedStock(ID, R1, T2))
                .expectEvents(new StockShipped(SKU, WH, R1.value(), 30, T2, balances(70, 0, 0)))
                .expectResultMessagePayload(level(70, 0, 0, 2, T2))
                .expectState(item -> assertThat(item.heldFor(R1.value())).isZero());
    }

    @Test
    void givenReserved30ForR1And20ForR2WhenShipR1ThenOnlyR1IsConsumed() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)),
                        reserved(R2, 20, balances(100, 50, 0)))
                .when(new ShipReservedStock(ID, R1, T2))
                .expectEvents(new StockShipped(SKU, WH, R1.value(), 30, T2, balances(70, 20, 0)))
                .expectState(item -> {
                    assertThat(item.heldFor(R1.value())).isZero();
                    assertThat(item.heldFor(R2.value())).isEqualTo(20);
                });
    }

    @Test
    void givenReceived100WhenShipUnknownReservationThenNoEventsAndLevelUnchanged() {
        fixture.given(received100())
                .when(new ShipReservedStock(ID, R1, T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(level(100, 0, 0, 0, T0));
    }

    @Test
    void givenReserved30ForR1ShippedWhenShipR1AgainThenNoEvents() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)),
                        new StockShipped(SKU, WH, R1.value(), 30, T2, balances(70, 0, 0)))
                .when(new ShipReservedStock(ID, R1, T3))
                .expectNoEvents()
                .expectResultMessagePayload(level(70, 0, 0, 2, T2));
    }

    @Test
    void givenNothingWhenShipThenAggregateNotFound() {
        fixture.givenNoPriorActivity()
                .when(new ShipReservedStock(ID, R1, T1))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    // ---------------------------------------------------------------- ReleaseReservedStock

    @Test
    void givenReserved30ForR1WhenReleaseR1ThenReservedDropsAndOnHandStays() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)))
                .when(new ReleaseReservedStock(ID, R1, "EXPIRED", T2))
                .expectEvents(new StockReleased(SKU, WH, R1.value(), 30, "EXPIRED", T2, balances(100, 0, 0)))
                .expectResultMessagePayload(level(100, 0, 0, 2, T2));
    }

    @Test
    void givenReserved30ForR1ReleasedWhenReleaseR1AgainThenNoEvents() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)),
                        new StockReleased(SKU, WH, R1.value(), 30, "RELEASED", T2, balances(100, 0, 0)))
                .when(new ReleaseReservedStock(ID, R1, "RELEASED", T3))
                .expectNoEvents()
                .expectResultMessagePayload(level(100, 0, 0, 2, T2));
    }

    @Test
    void givenReserved30ForR1WhenReleaseR2ThenNoEvents() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)))
                .when(new ReleaseReservedStock(ID, R2, "RELEASED", T2))
                .expectNoEvents()
                .expectState(item -> assertThat(item.heldFor(R1.value())).isEqualTo(30));
    }

    @Test
    void givenReserved30ForR1ReleasedWhenShipR1ThenNoEvents() {
        fixture.given(received100(), reserved(R1, 30, balances(100, 30, 0)),
                        new StockReleased(SKU, WH, R1.value(), 30, "RELEASED", T2, balances(100, 0, 0)))
                .when(new ShipReservedStock(ID, R1, T3))
                .expectNoEvents();
    }
}
