package io.stockledger.inventory.command.transfer;

import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.Shortage;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.TransferId;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.stock.Balances;
import io.stockledger.inventory.command.stock.InTransitStockAdded;
import io.stockledger.inventory.command.stock.StockLevel;
import io.stockledger.inventory.command.stock.StockReceived;
import io.stockledger.inventory.command.stock.StockReleasedFromTransfer;
import io.stockledger.inventory.command.stock.StockReservedForTransfer;
import io.stockledger.inventory.command.stock.StockTransferredIn;
import io.stockledger.inventory.command.stock.StockTransferredOut;
import io.stockledger.inventory.command.stock.TransferDiscrepancyRecorded;
import io.stockledger.inventory.command.transfer.TransferFixture.Snapshot;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import static io.stockledger.inventory.command.transfer.TransferFixture.FROM;
import static io.stockledger.inventory.command.transfer.TransferFixture.T1;
import static io.stockledger.inventory.command.transfer.TransferFixture.T2;
import static io.stockledger.inventory.command.transfer.TransferFixture.T3;
import static io.stockledger.inventory.command.transfer.TransferFixture.TO;
import static io.stockledger.inventory.command.transfer.TransferFixture.got;
import static io.stockledger.inventory.command.transfer.TransferFixture.item;
import static io.stockledger.inventory.command.transfer.TransferFixture.line;
import static io.stockledger.inventory.command.transfer.TransferFixture.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link TransferCommandHandler} on a real, in-memory Axon configuration ({@link TransferFixture}): each step
 * of a transfer's life and what it stores in the transfer and in the stock items at both ends, and each
 * refusal, which must change nothing — neither the stored events nor the aggregates as they are read back.
 */
class TransferCommandHandlerTest {

    private TransferFixture fx;

    @BeforeEach
    void start() {
        fx = new TransferFixture();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private static String ref(TransferId id) {
        return "REPL-" + id.value().substring(0, 8);
    }

    private static StockLevel level(String sku, String warehouse, long onHand, long reserved, long damaged,
                                    long inTransit) {
        return new StockLevel(sku, warehouse, onHand, reserved, onHand - reserved, inTransit, damaged, null, null,
                null, null, null, null, 0, null);
    }

    /** Compares the quantities of a level, ignoring version and time. */
    private void assertLevel(String sku, String warehouse, long onHand, long reserved, long damaged,
                             long inTransit) {
        StockLevel actual = fx.level(sku, warehouse);
        assertThat(actual).as("level of %s@%s", sku, warehouse).isNotNull();
        assertThat(actual).usingRecursiveComparison().ignoringFields("version", "updatedAt")
                .isEqualTo(level(sku, warehouse, onHand, reserved, damaged, inTransit));
        assertThat(fx.balancesOf(sku, warehouse)).as("stored balances of %s@%s", sku, warehouse)
                .isEqualTo(new Balances(onHand, reserved, damaged, inTransit));
    }

    // ================================================================ request

    @Test
    void requestHoldsEveryLineAtTheSourceAndRecordsTheTransfer() {
        fx.receiveStock("SKU-A", FROM, 10);
        fx.receiveStock("SKU-B", FROM, 5);
        TransferId id = TransferId.random();

        TransferView view = fx.request(id, line("SKU-B", 5), line("SKU-A", 4));

        assertThat(view).isEqualTo(new TransferView(id.value(), FROM, TO, TransferStatus.REQUESTED, ref(id),
                List.of(new TransferView.Line("SKU-B", 5, null), new TransferView.Line("SKU-A", 4, null)), null,
                List.of(), T1, null, null, null));
        assertThat(fx.payloadsOf(id)).containsExactly(new TransferRequested(id.value(), FROM, TO,
                List.of(new TransferredLine("SKU-B", 5), new TransferredLine("SKU-A", 4)), ref(id), T1));
        assertThat(fx.lastOf("SKU-A", FROM)).isEqualTo(
                new StockReservedForTransfer("SKU-A", FROM, id.value(), 4, T1, new Balances(10, 4, 0, 0)));
        assertThat(fx.lastOf("SKU-B", FROM)).isEqualTo(
                new StockReservedForTransfer("SKU-B", FROM, id.value(), 5, T1, new Balances(5, 5, 0, 0)));
        assertLevel("SKU-A", FROM, 10, 4, 0, 0);
        assertThat(fx.level("SKU-A", FROM).available()).isEqualTo(6);
        assertLevel("SKU-B", FROM, 5, 5, 0, 0);
        assertThat(fx.level("SKU-B", FROM).available()).isZero();
        assertThat(fx.eventsOf(item("SKU-A", TO).toString())).as("nothing at the destination yet").isEmpty();
        assertThat(fx.view(id)).isEqualTo(view);
    }

    @Test
    void linesOfTheSameSkuAreMergedIntoOneLineAndOneHold() {
        fx.receiveStock("SKU-A", FROM, 10);
        fx.receiveStock("SKU-B", FROM, 10);
        TransferId id = TransferId.random();

        TransferView view = fx.request(id, line("SKU-A", 2), line("SKU-B", 1), line("SKU-A", 3));

        assertThat(view.lines()).containsExactly(new TransferView.Line("SKU-A", 5, null),
                new TransferView.Line("SKU-B", 1, null));
        assertThat(fx.payloadsOfType(StockReservedForTransfer.class)).containsExactlyInAnyOrder(
                new StockReservedForTransfer("SKU-A", FROM, id.value(), 5, T1, new Balances(10, 5, 0, 0)),
                new StockReservedForTransfer("SKU-B", FROM, id.value(), 1, T1, new Balances(10, 1, 0, 0)));

        fx.dispatch(id, "TRK-1");
        assertThat(fx.lastOf("SKU-A", TO)).isEqualTo(
                new InTransitStockAdded("SKU-A", TO, id.value(), FROM, 5, "TRK-1", T2, new Balances(0, 0, 0, 5)));
    }

    @Test
    void mergedLinesAreCheckedAgainstTheStockAsOneLine() {
        fx.receiveStock("SKU-A", FROM, 4);
        TransferId id = TransferId.random();
        Snapshot before = snapshot(id);

        Throwable thrown = refusal(() -> fx.request(id, line("SKU-A", 2), line("SKU-A", 3)));

        assertThat(thrown).isInstanceOfSatisfying(InsufficientStockException.class,
                e -> assertThat(e.shortages()).containsExactly(new Shortage("SKU-A", FROM, 5, 4)));
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void insufficientStockListsEveryShortageInLineOrderAndHoldsNothing() {
        fx.receiveStock("SKU-Z", FROM, 2);
        fx.receiveStock("SKU-A", FROM, 10);
        fx.receiveStock("SKU-M", FROM, 1);
        TransferId id = TransferId.random();
        List<StockItemId> items = List.of(item("SKU-Z", FROM), item("SKU-A", FROM), item("SKU-M", FROM),
                item("SKU-NEW", FROM));
        Snapshot before = fx.snapshot(items, List.of(id));

        Throwable thrown = refusal(() -> fx.request(id, line("SKU-Z", 3), line("SKU-A", 10), line("SKU-NEW", 1),
                line("SKU-M", 2)));

        assertThat(thrown).isInstanceOf(InsufficientStockException.class);
        InsufficientStockException e = (InsufficientStockException) thrown;
        assertThat(e.shortages()).containsExactly(new Shortage("SKU-Z", FROM, 3, 2),
                new Shortage("SKU-NEW", FROM, 1, 0), new Shortage("SKU-M", FROM, 2, 1));
        assertThat(e.getMessage()).contains("3 of 4 lines").contains(FROM);
        assertThat(fx.snapshot(items, List.of(id))).isEqualTo(before);
        assertThat(fx.allPayloads()).allMatch(StockReceived.class::isInstance);
        assertThat(fx.eventsOf(id.value())).isEmpty();
        assertThat(fx.eventsOf(item("SKU-NEW", FROM).toString())).isEmpty();

        // had the refused request's hold on SKU-A survived (in the cache), this would be short
        TransferView next = fx.request(TransferId.random(), line("SKU-A", 10));
        assertThat(next.status()).isEqualTo(TransferStatus.REQUESTED);
        assertLevel("SKU-A", FROM, 10, 10, 0, 0);
    }

    @Test
    void aSecondTransferSeesWhatTheFirstHolds() {
        fx.receiveStock("SKU-A", FROM, 10);
        fx.request(TransferId.random(), line("SKU-A", 6));

        Throwable thrown = refusal(() -> fx.request(TransferId.random(), line("SKU-A", 5)));

        assertThat(thrown).isInstanceOfSatisfying(InsufficientStockException.class,
                e -> assertThat(e.shortages()).containsExactly(new Shortage("SKU-A", FROM, 5, 4)));
        assertThat(fx.payloadsOfType(TransferRequested.class)).hasSize(1);
        assertLevel("SKU-A", FROM, 10, 6, 0, 0);
    }

    @Test
    void badRequestsAreRefusedByTheCommandItself() {
        TransferId id = TransferId.random();
        WarehouseCode from = new WarehouseCode(FROM);
        assertThatThrownBy(() -> new RequestTransfer(id, from, from, List.of(line("SKU-A", 1)), null, T1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> new RequestTransfer(id, from, new WarehouseCode(TO), List.of(), null, T1))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("lines"));
        assertThatThrownBy(() -> new RequestTransfer(id, null, new WarehouseCode(TO), List.of(line("SKU-A", 1)),
                null, T1)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> new ReceivedLine(null, 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> got("SKU-A", -1)).isInstanceOf(InvalidValueException.class);
        assertThat(got("SKU-A", 0).quantity()).isZero();
    }

    @Test
    void linesOfOneSkuAddingUpToMoreThanTheMaximumAreRefused() {
        fx.receiveStock("SKU-A", FROM, 10);
        Snapshot before = snapshot();

        Throwable thrown = refusal(() -> fx.request(TransferId.random(), line("SKU-A", Quantity.MAX),
                line("SKU-A", 1)));

        assertThat(thrown).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("lines"));
        assertThat(snapshot()).isEqualTo(before);
    }

    // ================================================================ dispatch

    @Test
    void dispatchMovesTheUnitsOutOfTheSourceAndIntoTransitAtTheDestination() {
        fx.receiveStock("SKU-A", FROM, 10);
        fx.receiveStock("SKU-A", TO, 2);
        fx.receiveStock("SKU-B", FROM, 5);
        TransferId id = TransferId.random();
        fx.request(id, line("SKU-A", 4), line("SKU-B", 5));

        TransferView view = fx.dispatch(id, "TRK-123");

        assertThat(view.status()).isEqualTo(TransferStatus.IN_TRANSIT);
        assertThat(view.trackingNumber()).isEqualTo("TRK-123");
        assertThat(view.dispatchedAt()).isEqualTo(T2);
        assertThat(view.requestedAt()).isEqualTo(T1);
        assertThat(view.completedAt()).isNull();
        assertThat(view.discrepancies()).isEmpty();
        assertThat(fx.payloadsOf(id)).last().isEqualTo(new TransferDispatched(id.value(), FROM, TO, "TRK-123", T2));

        assertThat(fx.lastOf("SKU-A", FROM)).isEqualTo(
                new StockTransferredOut("SKU-A", FROM, id.value(), TO, 4, T2, new Balances(6, 0, 0, 0)));
        assertThat(fx.lastOf("SKU-B", FROM)).isEqualTo(
                new StockTransferredOut("SKU-B", FROM, id.value(), TO, 5, T2, new Balances(0, 0, 0, 0)));
        assertThat(fx.lastOf("SKU-A", TO)).isEqualTo(
                new InTransitStockAdded("SKU-A", TO, id.value(), FROM, 4, "TRK-123", T2, new Balances(2, 0, 0, 4)));
        assertLevel("SKU-A", FROM, 6, 0, 0, 0);
        assertLevel("SKU-B", FROM, 0, 0, 0, 0);
        assertLevel("SKU-A", TO, 2, 0, 0, 4);
        assertLevel("SKU-B", TO, 0, 0, 0, 5);
        assertThat(fx.view(id)).isEqualTo(view);
    }

    @Test
    void dispatchCreatesADestinationStockItemWithNoHistory() {
        fx.receiveStock("SKU-B", FROM, 5);
        TransferId id = TransferId.random();
        fx.request(id, line("SKU-B", 3));
        assertThat(fx.level("SKU-B", TO)).isNull();

        fx.dispatch(id, "TRK-9");

        List<DomainEventMessage<?>> events = fx.eventsOf(item("SKU-B", TO).toString());
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getAggregateIdentifier()).isEqualTo("SKU-B@" + TO);
            assertThat(event.getSequenceNumber()).isZero();
            assertThat(event.getType()).isEqualTo("StockItem");
            assertThat(event.getPayload()).isEqualTo(new InTransitStockAdded("SKU-B", TO, id.value(), FROM, 3,
                    "TRK-9", T2, new Balances(0, 0, 0, 3)));
        });
        StockLevel created = fx.level("SKU-B", TO);
        assertThat(created.sku()).isEqualTo("SKU-B");
        assertThat(created.warehouse()).isEqualTo(TO);
        assertThat(created.inTransit()).isEqualTo(3);
        assertThat(created.version()).isZero();
        assertThat(created.updatedAt()).isEqualTo(T2);
        fx.assertSequencesContiguous(List.of("SKU-B@" + FROM, "SKU-B@" + TO, id.value()));

        // and the created item lives on: it can be received into
        fx.receive(id, got("SKU-B", 3));
        assertLevel("SKU-B", TO, 3, 0, 0, 0);
    }

    @Test
    void dispatchWithoutTrackingNumber() {
        fx.receiveStock("SKU-A", FROM, 5);
        TransferId id = TransferId.random();
        fx.request(id, line("SKU-A", 5));

        TransferView view = fx.dispatch(id, null);

        assertThat(view.status()).isEqualTo(TransferStatus.IN_TRANSIT);
        assertThat(view.trackingNumber()).isNull();
        assertThat(fx.lastOf("SKU-A", TO)).isEqualTo(
                new InTransitStockAdded("SKU-A", TO, id.value(), FROM, 5, null, T2, new Balances(0, 0, 0, 5)));
    }

    @Test
    void dispatchTakesOnlyTheTransfersHoldAndLeavesOtherHoldsAlone() {
        fx.receiveStock("SKU-A", FROM, 10);
        TransferId first = TransferId.random();
        TransferId second = TransferId.random();
        fx.request(first, line("SKU-A", 3));
        fx.request(second, line("SKU-A", 5));

        fx.dispatch(first, "TRK-1");

        assertLevel("SKU-A", FROM, 7, 5, 0, 0);
        assertLevel("SKU-A", TO, 0, 0, 0, 3);
        assertThat(fx.payloadsOfType(StockTransferredOut.class)).extracting(StockTransferredOut::transferId)
                .containsExactly(first.value());
        assertThat(fx.view(second).status()).isEqualTo(TransferStatus.REQUESTED);
    }

    // ================================================================ receive

    @Test
    void shortReceiptPutsTheReceivedUnitsOnHandAndRecordsTheDiscrepancyInBothLedgers() {
        fx.receiveStock("SKU-A", FROM, 10);
        fx.receiveStock("SKU-B", FROM, 10);
        TransferId id = TransferId.random();
        fx.request(id, line("SKU-A", 6), line("SKU-B", 4));
        fx.dispatch(id, "TRK-1");

        TransferView view = fx.receive(id, got("SKU-A", 5), got("SKU-B", 4));

        assertThat(view.status()).isEqualTo(TransferStatus.COMPLETED);
        assertThat(view.completedAt()).isEqualTo(T3);
        assertThat(view.lines()).containsExactly(new TransferView.Line("SKU-A", 6, 5L),
                new TransferView.Line("SKU-B", 4, 4L));
        assertThat(view.discrepancies()).containsExactly(new TransferView.Discrepancy("SKU-A", 6, 5, -1));
        assertThat(fx.payloadsOf(id)).last().isEqualTo(new TransferReceived(id.value(), FROM, TO,
                List.of(new ReceiptLine("SKU-A", 6, 5), new ReceiptLine("SKU-B", 4, 4)), T3));

        assertThat(fx.lastOf("SKU-A", TO)).isEqualTo(new StockTransferredIn("SKU-A", TO, id.value(), FROM, 6, 5, T3,
                new Balances(5, 0, 0, 0)));
        assertThat(fx.lastOf("SKU-B", TO)).isEqualTo(new StockTransferredIn("SKU-B", TO, id.value(), FROM, 4, 4, T3,
                new Balances(4, 0, 0, 0)));
        assertThat(fx.lastOf("SKU-A", FROM)).isEqualTo(new TransferDiscrepancyRecorded("SKU-A", FROM, id.value(), TO,
                6, 5, T3, new Balances(4, 0, 0, 0)));
        assertThat(fx.lastOf("SKU-B", FROM)).as("no discrepancy for an exact line")
                .isInstanceOf(StockTransferredOut.class);
        assertThat(fx.payloadsOfType(TransferDiscrepancyRecorded.class)).hasSize(1);
        assertLevel("SKU-A", TO, 5, 0, 0, 0);
        assertLevel("SKU-B", TO, 4, 0, 0, 0);
        assertLevel("SKU-A", FROM, 4, 0, 0, 0);
        assertLevel("SKU-B", FROM, 6, 0, 0, 0);
        assertThat(fx.view(id)).isEqualTo(view);
        fx.assertSequencesContiguous(List.of("SKU-A@" + FROM, "SKU-B@" + FROM, "SKU-A@" + TO, "SKU-B@" + TO,
                id.value()));
    }

    @Test
    void exactReceiptRecordsNoDiscrepancy() {
        fx.receiveStock("SKU-A", FROM, 10);
        fx.receiveStock("SKU-A", TO, 1);
        TransferId id = TransferId.random();
        fx.request(id, line("SKU-A", 6));
        fx.dispatch(id, "TRK-1");

        TransferView view = fx.receive(id, got("SKU-A", 6));

        assertThat(view.status()).isEqualTo(TransferStatus.COMPLETED);
        assertThat(view.discrepancies()).isEmpty();
        assertThat(view.lines()).containsExactly(new TransferView.Line("SKU-A", 6, 6L));
        assertThat(fx.payloadsOfType(TransferDiscrepancyRecorded.class)).isEmpty();
        assertThat(fx.lastOf("SKU-A", TO)).isEqualTo(new StockTransferredIn("SKU-A", TO, id.value(), FROM, 6, 6, T3,
                new Balances(7, 0, 0, 0)));
        assertLevel("SKU-A", TO, 7, 0, 0, 0);
        assertLevel("SKU-A", FROM, 4, 0, 0, 0);
    }

    @Test
    void overReceiptPutsAllReceivedUnitsOnHandAndRecordsAPositiveDifference() {
        fx.receiveStock("SKU-A", FROM, 10);
        TransferId id = TransferId.random();
        fx.request(id, line("SKU-A", 6));
        fx.dispatch(id, "TRK-1");

        TransferView view = fx.receive(id, got("SKU-A", 8));

        assertThat(view.discrepancies()).containsExactly(new TransferView.Discrepancy("SKU-A", 6, 8, 2));
        assertThat(fx.lastOf("SKU-A", TO)).isEqualTo(new StockTransferredIn("SKU-A", TO, id.value(), FROM, 6, 8, T3,
                new Balances(8, 0, 0, 0)));
        assertThat(fx.lastOf("SKU-A", FROM)).isEqualTo(new TransferDiscrepancyRecorded("SKU-A", FROM, id.value(), TO,
                6, 8, T3, new Balances(4, 0, 0, 0)));
        assertLevel("SKU-A", TO, 8, 0, 0, 0);
    }

    @Test
    void aSkuMissingFromTheReceiptArrivedAsZeroUnits() {
        fx.receiveStock("SKU-A", FROM, 10);
        fx.receiveStock("SKU-B", FROM, 10);
        TransferId id = TransferId.random();
        fx.request(id, line("SKU-A", 3), line("SKU-B", 7));
        fx.dispatch(id, null);

        TransferView view = fx.receive(id, got("SKU-A", 3));

        assertThat(view.lines()).containsExactly(new TransferView.Line("SKU-A", 3, 3L),
                new TransferView.Line("SKU-B", 7, 0L));
        assertThat(view.discrepancies()).containsExactly(new TransferView.Discrepancy("SKU-B", 7, 0, -7));
        assertLevel("SKU-B", TO, 0, 0, 0, 0);
        assertThat(fx.lastOf("SKU-B", FROM)).isEqualTo(new TransferDiscrepancyRecorded("SKU-B", FROM, id.value(), TO,
                7, 0, T3, new Balances(3, 0, 0, 0)));
    }

    @Test
    void receivedLinesOfTheSameSkuAreAddedUp() {
        fx.receiveStock("SKU-A", FROM, 10);
        fx.receiveStock("SKU-B", FROM, 10);
        TransferId id = TransferId.random();
        fx.request(id, line("SKU-A", 6), line("SKU-B", 2));
        fx.dispatch(id, "TRK-1");

        TransferView view = fx.receive(id, got("SKU-A", 2), got("SKU-B", 2), got("SKU-A", 3), got("SKU-A", 0));

        assertThat(view.lines()).containsExactly(new TransferView.Line("SKU-A", 6, 5L),
                new TransferView.Line("SKU-B", 2, 2L));
        assertThat(view.discrepancies()).containsExactly(new TransferView.Discrepancy("SKU-A", 6, 5, -1));
        assertThat(fx.payloadsOfType(StockTransferredIn.class)).filteredOn(e -> e.sku().equals("SKU-A"))
                .singleElement().isEqualTo(new StockTransferredIn("SKU-A", TO, id.value(), FROM, 6, 5, T3,
                        new Balances(5, 0, 0, 0)));
    }

    @Test
    void receiptTakesOnlyItsOwnUnitsOutOfTransit() {
        fx.receiveStock("SKU-A", FROM, 10);
        TransferId first = TransferId.random();
        TransferId second = TransferId.random();
        fx.request(first, line("SKU-A", 4));
        fx.request(second, line("SKU-A", 3));
        fx.dispatch(first, "TRK-1");
        fx.dispatch(second, "TRK-2");
        assertLevel("SKU-A", TO, 0, 0, 0, 7);

        fx.receive(first, got("SKU-A", 4));

        assertLevel("SKU-A", TO, 4, 0, 0, 3);
        fx.receive(second, got("SKU-A", 2));
        assertLevel("SKU-A", TO, 6, 0, 0, 0);
        assertLevel("SKU-A", FROM, 3, 0, 0, 0);
    }

    @Test
    void aTransferBackTheOtherWayUsesTheSameStockItems() {
        fx.receiveStock("SKU-A", FROM, 10);
        TransferId out = TransferId.random();
        fx.request(out, line("SKU-A", 6));
        fx.dispatch(out, "TRK-1");
        fx.receive(out, got("SKU-A", 6));
        TransferId back = TransferId.random();

        fx.send(TransferFixture.requestCommand(back, TO, FROM, List.of(line("SKU-A", 2))));
        fx.dispatch(back, "TRK-2");
        assertLevel("SKU-A", TO, 4, 0, 0, 0);
        assertLevel("SKU-A", FROM, 4, 0, 0, 2);
        TransferView view = fx.receive(back, got("SKU-A", 1));

        assertThat(view.from()).isEqualTo(TO);
        assertThat(view.to()).isEqualTo(FROM);
        assertLevel("SKU-A", FROM, 5, 0, 0, 0);
        assertThat(fx.lastOf("SKU-A", TO)).isEqualTo(new TransferDiscrepancyRecorded("SKU-A", TO, back.value(), FROM,
                2, 1, T3, new Balances(4, 0, 0, 0)));
    }

    // ================================================================ cancel

    @Test
    void cancelReleasesEveryHoldAndMakesTheStockAvailableAgain() {
        fx.receiveStock("SKU-A", FROM, 10);
        fx.receiveStock("SKU-B", FROM, 5);
        TransferId id = TransferId.random();
        fx.request(id, line("SKU-A", 4), line("SKU-B", 5));

        TransferView view = fx.cancel(id);

        assertThat(view.status()).isEqualTo(TransferStatus.CANCELLED);
        assertThat(view.cancelledAt()).isEqualTo(T2);
        assertThat(view.dispatchedAt()).isNull();
        assertThat(fx.payloadsOf(id)).last().isEqualTo(new TransferCancelled(id.value(), FROM, TO, T2));
        assertThat(fx.lastOf("SKU-A", FROM)).isEqualTo(
                new StockReleasedFromTransfer("SKU-A", FROM, id.value(), 4, T2, new Balances(10, 0, 0, 0)));
        assertThat(fx.lastOf("SKU-B", FROM)).isEqualTo(
                new StockReleasedFromTransfer("SKU-B", FROM, id.value(), 5, T2, new Balances(5, 0, 0, 0)));
        assertThat(fx.eventsOf(item("SKU-A", TO).toString())).isEmpty();

        TransferView next = fx.request(TransferId.random(), line("SKU-A", 10), line("SKU-B", 5));
        assertThat(next.status()).isEqualTo(TransferStatus.REQUESTED);
    }

    @Test
    void cancelReleasesOnlyTheCancelledTransfersHold() {
        fx.receiveStock("SKU-A", FROM, 10);
        TransferId kept = TransferId.random();
        TransferId cancelled = TransferId.random();
        fx.request(kept, line("SKU-A", 3));
        fx.request(cancelled, line("SKU-A", 5));

        fx.cancel(cancelled);

        assertLevel("SKU-A", FROM, 10, 3, 0, 0);
        assertThat(fx.payloadsOfType(StockReleasedFromTransfer.class)).extracting(StockReleasedFromTransfer::transferId)
                .containsExactly(cancelled.value());
    }

    // ================================================================ refusals: nothing changes

    /** A requested transfer of SKU-A 4 and SKU-B 2, with SKU-A 10 and SKU-B 5 received at the source. */
    private TransferId requested() {
        fx.receiveStock("SKU-A", FROM, 10);
        fx.receiveStock("SKU-B", FROM, 5);
        TransferId id = TransferId.random();
        fx.request(id, line("SKU-A", 4), line("SKU-B", 2));
        return id;
    }

    private TransferId dispatched() {
        TransferId id = requested();
        fx.dispatch(id, "TRK-1");
        return id;
    }

    private Snapshot snapshot(TransferId... transfers) {
        return fx.snapshot(List.of(item("SKU-A", FROM), item("SKU-B", FROM), item("SKU-A", TO), item("SKU-B", TO)),
                List.of(transfers));
    }

    private void assertRefusedAsNotOpen(TransferId id, String status, Runnable step) {
        Snapshot before = snapshot(id);

        Throwable thrown = refusal(step::run);

        assertThat(thrown).isInstanceOf(TransferNotOpenException.class)
                .hasMessageContaining(id.value()).hasMessageContaining(status);
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void dispatchingTwiceIsRefusedAndChangesNothing() {
        TransferId id = dispatched();
        assertRefusedAsNotOpen(id, "IN_TRANSIT", () -> fx.dispatch(id, "TRK-2"));
        assertThat(fx.view(id).trackingNumber()).isEqualTo("TRK-1");
        assertLevel("SKU-A", FROM, 6, 0, 0, 0);
        assertLevel("SKU-A", TO, 0, 0, 0, 4);
    }

    @Test
    void receivingBeforeDispatchIsRefusedAndChangesNothing() {
        TransferId id = requested();
        assertRefusedAsNotOpen(id, "REQUESTED", () -> fx.receive(id, got("SKU-A", 4), got("SKU-B", 2)));
        assertLevel("SKU-A", FROM, 10, 4, 0, 0);
        assertThat(fx.level("SKU-A", TO)).isNull();
    }

    @Test
    void receivingTwiceIsRefusedAndChangesNothing() {
        TransferId id = dispatched();
        fx.receive(id, got("SKU-A", 3), got("SKU-B", 2));
        assertRefusedAsNotOpen(id, "COMPLETED", () -> fx.receive(id, got("SKU-A", 4), got("SKU-B", 2)));
        assertThat(fx.view(id).discrepancies()).containsExactly(new TransferView.Discrepancy("SKU-A", 4, 3, -1));
        assertThat(fx.payloadsOfType(TransferDiscrepancyRecorded.class)).hasSize(1);
        assertLevel("SKU-A", TO, 3, 0, 0, 0);
    }

    @Test
    void cancellingAfterDispatchIsRefusedAndChangesNothing() {
        TransferId id = dispatched();
        assertRefusedAsNotOpen(id, "IN_TRANSIT", () -> fx.cancel(id));
        assertThat(fx.payloadsOfType(StockReleasedFromTransfer.class)).isEmpty();
    }

    @Test
    void cancellingAfterReceiptIsRefusedAndChangesNothing() {
        TransferId id = dispatched();
        fx.receive(id, got("SKU-A", 4), got("SKU-B", 2));
        assertRefusedAsNotOpen(id, "COMPLETED", () -> fx.cancel(id));
    }

    @Test
    void dispatchingReceivingOrCancellingACancelledTransferIsRefusedAndChangesNothing() {
        TransferId id = requested();
        fx.cancel(id);
        assertRefusedAsNotOpen(id, "CANCELLED", () -> fx.dispatch(id, "TRK-1"));
        assertRefusedAsNotOpen(id, "CANCELLED", () -> fx.receive(id, got("SKU-A", 4)));
        assertRefusedAsNotOpen(id, "CANCELLED", () -> fx.cancel(id));
        assertLevel("SKU-A", FROM, 10, 0, 0, 0);
        assertThat(fx.level("SKU-A", TO)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dispatch", "receive", "cancel"})
    void aStepOfAnUnknownTransferIsRefusedAndChangesNothing(String step) {
        requested();
        TransferId unknown = TransferId.random();
        Snapshot before = snapshot();

        Throwable thrown = refusal(() -> {
            switch (step) {
                case "dispatch" -> fx.dispatch(unknown, "TRK-1");
                case "receive" -> fx.receive(unknown, got("SKU-A", 1));
                default -> fx.cancel(unknown);
            }
        });

        assertThat(thrown).isInstanceOf(UnknownTransferException.class).hasMessageContaining(unknown.value());
        assertThat(snapshot()).isEqualTo(before);
        assertThat(fx.eventsOf(unknown.value())).isEmpty();
    }

    @Test
    void receivingASkuThatIsNotOnTheTransferIsRefusedAndChangesNothing() {
        TransferId id = dispatched();
        fx.receiveStock("SKU-C", FROM, 1);
        Snapshot before = snapshot(id);

        Throwable thrown = refusal(() -> fx.receive(id, got("SKU-A", 4), got("SKU-C", 1), got("SKU-B", 2)));

        assertThat(thrown).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("lines"));
        assertThat(thrown).hasMessageContaining("SKU-C").hasMessageContaining(id.value());
        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(fx.view(id).status()).isEqualTo(TransferStatus.IN_TRANSIT);
        assertThat(fx.eventsOf(item("SKU-C", TO).toString())).isEmpty();

        // the transfer can still be received as it should be
        TransferView view = fx.receive(id, got("SKU-A", 4), got("SKU-B", 2));
        assertThat(view.status()).isEqualTo(TransferStatus.COMPLETED);
        assertThat(view.discrepancies()).isEmpty();
        assertLevel("SKU-A", TO, 4, 0, 0, 0);
    }

    @Test
    void receivedLinesOfOneSkuAddingUpToMoreThanTheMaximumAreRefusedAndChangeNothing() {
        TransferId id = dispatched();
        Snapshot before = snapshot(id);

        Throwable thrown = refusal(() -> fx.receive(id, got("SKU-A", Quantity.MAX), got("SKU-A", 1)));

        assertThat(thrown).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("lines"));
        assertThat(snapshot(id)).isEqualTo(before);
    }

    /**
     * A {@link RequestTransfer} whose transfer id already exists must change nothing (be refused, or answer
     * the existing transfer). Today it holds the new lines at the source (SKU-C here) and stores a second
     * {@code TransferRequested} at sequence 0 of the transfer: the handler never checks that the transfer is
     * new. With the JDBC store the duplicate sequence number fails the commit instead, so production is
     * protected only by the unique key. Enable once {@link TransferCommandHandler} checks for an existing
     * transfer before holding anything.
     */
    @Test
    void requestingAnExistingTransferIdAgainChangesNothing() {
        TransferId id = requested();
        fx.receiveStock("SKU-C", FROM, 5);
        Snapshot before = fx.snapshot(List.of(item("SKU-A", FROM), item("SKU-B", FROM), item("SKU-C", FROM)),
                List.of(id));

        Throwable thrown = catchThrowable(
                () -> fx.request(id, line("SKU-A", 4), line("SKU-C", 2)));

        assertThat(fx.snapshot(List.of(item("SKU-A", FROM), item("SKU-B", FROM), item("SKU-C", FROM)),
                List.of(id))).as("after re-request (threw %s)", thrown).isEqualTo(before);
    }

    // ================================================================ concurrency

    @Test
    void concurrentRequestsNeverOversellAndRacingStepsHaveExactlyOneWinner() throws Exception {
        fx.receiveStock("SKU-A", FROM, 20);
        fx.receiveStock("SKU-B", FROM, 20);
        Random random = new Random(4711L);
        Map<TransferId, List<TransferLine>> requests = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            List<TransferLine> lines = new ArrayList<>();
            lines.add(line(random.nextBoolean() ? "SKU-A" : "SKU-B", 1 + random.nextInt(5)));
            if (random.nextBoolean()) {
                lines.add(line(random.nextBoolean() ? "SKU-A" : "SKU-B", 1 + random.nextInt(5)));
            }
            requests.put(TransferId.random(), lines);
        }
        Set<TransferId> accepted = ConcurrentHashMap.newKeySet();
        Set<TransferId> refused = ConcurrentHashMap.newKeySet();
        List<Callable<Void>> tasks = new ArrayList<>();
        requests.forEach((id, lines) -> tasks.add(() -> {
            try {
                fx.send(TransferFixture.requestCommand(id, FROM, TO, lines));
                accepted.add(id);
            } catch (InsufficientStockException e) {
                refused.add(id);
            }
            return null;
        }));
        TransferFixture.race(tasks);

        assertThat(accepted.size() + refused.size()).isEqualTo(requests.size());
        assertThat(accepted).as("some requests fit").isNotEmpty();
        assertThat(refused).as("the stock is too little for all").isNotEmpty();
        Map<String, Long> held = new HashMap<>();
        accepted.forEach(id -> requests.get(id).forEach(l -> held.merge(l.sku().value(), l.quantity().value(),
                Long::sum)));
        for (String sku : List.of("SKU-A", "SKU-B")) {
            assertThat(held.getOrDefault(sku, 0L)).isLessThanOrEqualTo(20);
            assertLevel(sku, FROM, 20, held.getOrDefault(sku, 0L), 0, 0);
        }
        refused.forEach(id -> assertThat(fx.eventsOf(id.value())).as("refused %s", id).isEmpty());

        // dispatch and cancel of the same transfer at once: exactly one of them wins
        Map<TransferId, String> winners = new ConcurrentHashMap<>();
        Set<String> losers = ConcurrentHashMap.newKeySet();
        List<Callable<Void>> steps = new ArrayList<>();
        for (TransferId id : accepted) {
            steps.add(() -> oneOf(id, "dispatch", () -> fx.dispatch(id, "TRK"), winners, losers));
            steps.add(() -> oneOf(id, "cancel", () -> fx.cancel(id), winners, losers));
        }
        TransferFixture.race(steps);

        assertThat(winners.keySet()).isEqualTo(accepted);
        assertThat(losers).hasSize(accepted.size());
        Map<String, Long> dispatched = new HashMap<>();
        winners.forEach((id, step) -> {
            assertThat(fx.view(id).status()).isEqualTo(step.equals("dispatch") ? TransferStatus.IN_TRANSIT
                    : TransferStatus.CANCELLED);
            if (step.equals("dispatch")) {
                requests.get(id).forEach(l -> dispatched.merge(l.sku().value(), l.quantity().value(), Long::sum));
            }
        });
        for (String sku : List.of("SKU-A", "SKU-B")) {
            long out = dispatched.getOrDefault(sku, 0L);
            assertLevel(sku, FROM, 20 - out, 0, 0, 0);
            if (out > 0) {
                assertLevel(sku, TO, 0, 0, 0, out);
            }
        }

        // receiving the same transfer twice at once: exactly one receipt counts
        Map<TransferId, String> received = new ConcurrentHashMap<>();
        Set<String> refusedReceipts = ConcurrentHashMap.newKeySet();
        List<Callable<Void>> receipts = new ArrayList<>();
        winners.forEach((id, step) -> {
            if (step.equals("dispatch")) {
                ReceivedLine[] all = requests.get(id).stream().map(l -> got(l.sku().value(), l.quantity().value()))
                        .toArray(ReceivedLine[]::new);
                receipts.add(() -> oneOf(id, "first", () -> fx.receive(id, all), received, refusedReceipts));
                receipts.add(() -> oneOf(id, "second", () -> fx.receive(id, all), received, refusedReceipts));
            }
        });
        TransferFixture.race(receipts);

        assertThat(refusedReceipts).hasSize(received.size());
        for (String sku : List.of("SKU-A", "SKU-B")) {
            long out = dispatched.getOrDefault(sku, 0L);
            if (out > 0) {
                assertLevel(sku, TO, out, 0, 0, 0);
            }
        }
        assertThat(fx.payloadsOfType(TransferDiscrepancyRecorded.class)).isEmpty();
        fx.assertSequencesContiguous(List.of("SKU-A@" + FROM, "SKU-B@" + FROM, "SKU-A@" + TO, "SKU-B@" + TO));
    }

    /**
     * Every step locks the stock items it changes in the order of their identifiers, as the reservation
     * process does, so that two steps (of transfers or reservations) never wait on each other in a cycle.
     */
    @Test
    void dispatchReceiveAndCancelLockTheStockItemsInIdentifierOrder() {
        TransferFixture.RecordingStockItems recording = new TransferFixture.RecordingStockItems();
        fx.close();
        fx = new TransferFixture(new InMemoryEventStorageEngine(), true, recording::wrap);
        for (String sku : List.of("SKU-C", "SKU-A", "SKU-B")) {
            fx.receiveStock(sku, FROM, 10);
        }
        TransferId id = TransferId.random();
        TransferId cancelled = TransferId.random();
        fx.request(id, line("SKU-C", 1), line("SKU-A", 1), line("SKU-B", 1));
        fx.request(cancelled, line("SKU-C", 1), line("SKU-A", 1));

        recording.loaded.clear();
        fx.dispatch(id, "TRK-1");
        assertThat(recording.loaded).containsExactly("SKU-A@" + FROM, "SKU-A@" + TO, "SKU-B@" + FROM,
                "SKU-B@" + TO, "SKU-C@" + FROM, "SKU-C@" + TO);

        recording.loaded.clear();
        fx.receive(id, got("SKU-C", 0), got("SKU-A", 1), got("SKU-B", 2));
        assertThat(recording.loaded).containsExactly("SKU-A@" + TO, "SKU-B@" + FROM, "SKU-B@" + TO,
                "SKU-C@" + FROM, "SKU-C@" + TO);

        recording.loaded.clear();
        fx.cancel(cancelled);
        assertThat(recording.loaded).containsExactly("SKU-A@" + FROM, "SKU-C@" + FROM);
    }

    /**
     * The request must lock its source stock items in identifier order too. Today
     * {@code TransferCommandHandler.handle(RequestTransfer)} loads them in line order
     * ({@code merged.keySet().forEach(id -> sources.put(id, loadIfExists(id)))}: the map they are put in is
     * sorted, the loading is not), so a request with lines B, A racing one with A, B (or a reservation of A
     * and B) can deadlock; Axon's lock factory then fails one of them with a {@code DeadlockException}.
     */
    @Test
    void requestLocksTheSourceStockItemsInIdentifierOrder() {
        TransferFixture.RecordingStockItems recording = new TransferFixture.RecordingStockItems();
        fx.close();
        fx = new TransferFixture(new InMemoryEventStorageEngine(), true, recording::wrap);
        for (String sku : List.of("SKU-C", "SKU-A", "SKU-B")) {
            fx.receiveStock(sku, FROM, 10);
        }

        fx.request(TransferId.random(), line("SKU-C", 1), line("SKU-A", 1), line("SKU-B", 1));

        assertThat(recording.loaded).containsExactly("SKU-A@" + FROM, "SKU-B@" + FROM, "SKU-C@" + FROM);
    }

    /** Runs a step; records it as the transfer's winner, or as a loser when refused as not open. */
    private static Void oneOf(TransferId id, String name, Runnable step, Map<TransferId, String> winners,
                              Set<String> losers) {
        try {
            step.run();
            assertThat(winners.putIfAbsent(id, name)).as("a second winner for %s", id).isNull();
        } catch (TransferNotOpenException e) {
            losers.add(id.value() + " " + name);
        }
        return null;
    }

    // ================================================================ restart

    @Test
    void aRestartBetweenDispatchAndReceiptLosesNothing() {
        TransferId id = dispatched();
        InMemoryEventStorageEngine engine = fx.engine;
        fx.close();
        fx = new TransferFixture(engine, true);

        TransferView view = fx.receive(id, got("SKU-A", 3), got("SKU-B", 2));

        assertThat(view.status()).isEqualTo(TransferStatus.COMPLETED);
        assertThat(view.trackingNumber()).isEqualTo("TRK-1");
        assertThat(view.discrepancies()).containsExactly(new TransferView.Discrepancy("SKU-A", 4, 3, -1));
        assertLevel("SKU-A", FROM, 6, 0, 0, 0);
        assertLevel("SKU-B", FROM, 3, 0, 0, 0);
        assertLevel("SKU-A", TO, 3, 0, 0, 0);
        assertLevel("SKU-B", TO, 2, 0, 0, 0);
        assertThat(fx.allPayloads()).filteredOn(TransferDiscrepancyRecorded.class::isInstance).hasSize(1);
    }

    @Test
    void theWholeLifecycleWorksWithoutAStockItemCacheToo() {
        fx.close();
        fx = new TransferFixture(new InMemoryEventStorageEngine(), false);
        fx.receiveStock("SKU-A", FROM, 10);
        TransferId refused = TransferId.random();
        assertThat(refusal(() -> fx.request(refused, line("SKU-A", 10), line("SKU-Z", 1))))
                .isInstanceOf(InsufficientStockException.class);
        TransferId id = TransferId.random();

        fx.request(id, line("SKU-A", 10));
        fx.dispatch(id, "TRK-1");
        TransferView view = fx.receive(id, got("SKU-A", 9));

        assertThat(view.discrepancies()).containsExactly(new TransferView.Discrepancy("SKU-A", 10, 9, -1));
        assertLevel("SKU-A", FROM, 0, 0, 0, 0);
        assertLevel("SKU-A", TO, 9, 0, 0, 0);
        assertThat(fx.eventsOf(refused.value())).isEmpty();
    }
}
