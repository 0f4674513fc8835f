package io.stockledger.inventory.query.demand;

import io.stockledger.inventory.command.stock.Balances;
import io.stockledger.inventory.command.stock.ReturnCondition;
import io.stockledger.inventory.command.stock.StockReturned;
import io.stockledger.inventory.command.stock.StockShipped;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemandBatchTest {

    private static final StockItemKey A = new StockItemKey("85123A", "DC-001");
    private static final StockItemKey B = new StockItemKey("85123A", "DC-002");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Balances ANY = new Balances(10, 0, 0, 0);

    @Test
    void givenShipmentsAndReturnsOfOneDayWhenChangesThenOneRowWithTheirSumsAndThePositionOfTheLast() {
        DemandBatch batch = batch(shipped(A, 3, DAY, 5), returned(A, 4, DAY, 2), shipped(A, 7, DAY, 1));

        DemandChanges changes = batch.changes(Map.of());

        assertThat(changes.days()).containsExactly(new DayTotal(A, DAY, 6, 2));
        assertThat(changes.positions()).containsExactly(new PositionMove(A, null, 7));
    }

    @Test
    void givenEventsAtOrBelowTheStoredPositionWhenChangesThenOnlyTheLaterOnesCount() {
        DemandBatch batch = batch(shipped(A, 4, DAY, 100), shipped(A, 5, DAY, 100), shipped(A, 6, DAY, 3));

        DemandChanges changes = batch.changes(Map.of(A, 5L));

        assertThat(changes.days()).containsExactly(new DayTotal(A, DAY, 3, 0));
        assertThat(changes.positions()).containsExactly(new PositionMove(A, 5L, 6));
    }

    @Test
    void givenTheSameEventTwiceInOneBatchWhenChangesThenCountedOnce() {
        DemandBatch batch = batch(shipped(A, 2, DAY, 4), shipped(A, 2, DAY, 4));

        assertThat(batch.changes(Map.of()).days()).containsExactly(new DayTotal(A, DAY, 4, 0));
    }

    @Test
    void givenABatchAppliedWhenItIsDeliveredAgainThenNothingIsAddedButANewEventIs() {
        Store store = new Store();
        store.apply(batch(shipped(A, 1, DAY, 5), returned(A, 2, DAY.plusDays(1), 1)));

        DemandChanges again = batch(shipped(A, 1, DAY, 5), returned(A, 2, DAY.plusDays(1), 1))
                .changes(store.positions);
        store.apply(batch(shipped(A, 1, DAY, 5), returned(A, 2, DAY.plusDays(1), 1), shipped(A, 3, DAY, 2)));

        assertThat(again.isEmpty()).isTrue();
        assertThat(store.rows).containsOnlyKeys(DAY, DAY.plusDays(1));
        assertThat(store.rows.get(DAY)).containsExactly(7, 0);
        assertThat(store.rows.get(DAY.plusDays(1))).containsExactly(0, 1);
        assertThat(store.positions).containsExactly(Map.entry(A, 3L));
    }

    @Test
    void givenSeveralStockItemsAndDaysWhenChangesThenEachRowAndPositionIsKeptApart() {
        DemandBatch batch = batch(shipped(A, 1, DAY, 1), shipped(B, 1, DAY, 2), shipped(A, 2, DAY.plusDays(1), 3),
                returned(B, 9, DAY, 1));

        DemandChanges changes = batch.changes(Map.of(B, 8L));

        assertThat(changes.days()).containsExactly(new DayTotal(A, DAY, 1, 0), new DayTotal(A, DAY.plusDays(1), 3, 0),
                new DayTotal(B, DAY, 0, 1));
        assertThat(changes.positions()).containsExactly(new PositionMove(A, null, 2), new PositionMove(B, 8L, 9));
        assertThat(batch.stockItems()).containsExactly(A, B);
    }

    @Test
    void givenEventsNearMidnightWhenEnteredThenTheyCountOnTheUtcDateOfTheirBusinessTime() {
        StockShipped late = new StockShipped("85123A", "DC-001", "R-1", 4, Instant.parse("2026-03-01T23:59:59Z"), ANY);
        StockReturned early = new StockReturned("85123A", "DC-001", 2, "SO-1", ReturnCondition.DAMAGED,
                Instant.parse("2026-03-02T00:00:00Z"), ANY);

        assertThat(DemandEntry.of(late, 11)).isEqualTo(new DemandEntry(A, 11, LocalDate.of(2026, 3, 1), 4, 0));
        assertThat(DemandEntry.of(early, 12)).isEqualTo(new DemandEntry(A, 12, LocalDate.of(2026, 3, 2), 0, 2));
    }

    private static DemandBatch batch(DemandEntry... entries) {
        DemandBatch batch = new DemandBatch();
        List.of(entries).forEach(batch::add);
        return batch;
    }

    private static DemandEntry shipped(StockItemKey item, long sequence, LocalDate day, long units) {
        return new DemandEntry(item, sequence, day, units, 0);
    }

    private static DemandEntry returned(StockItemKey item, long sequence, LocalDate day, long units) {
        return new DemandEntry(item, sequence, day, 0, units);
    }

    /** The two tables of one stock item, as the projection writes them: adding rows, moved positions. */
    private static final class Store {

        final Map<LocalDate, long[]> rows = new HashMap<>();
        final Map<StockItemKey, Long> positions = new HashMap<>();

        void apply(DemandBatch batch) {
            DemandChanges changes = batch.changes(positions);
            for (PositionMove move : changes.positions()) {
                assertThat(positions.get(move.item())).isEqualTo(move.from());
                positions.put(move.item(), move.to());
            }
            for (DayTotal total : changes.days()) {
                long[] row = rows.computeIfAbsent(total.day(), d -> new long[2]);
                row[0] += total.shipped();
                row[1] += total.returned();
            }
        }
    }
}
