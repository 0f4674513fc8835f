package io.stockledger.inventory.query.stock;

import io.stockledger.inventory.command.stock.Balances;
import io.stockledger.inventory.command.stock.BinAssigned;
import io.stockledger.inventory.command.stock.ReorderPolicyChanged;
import io.stockledger.inventory.command.stock.StockDamaged;
import io.stockledger.inventory.command.stock.StockLevel;
import io.stockledger.inventory.command.stock.StockReceived;
import io.stockledger.inventory.command.stock.StockReserved;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The level of a stock item at past instants, folded from its events. */
class StockLevelAsOfTest {

    private static final Instant T1 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-02T08:00:00Z");
    private static final Instant T3 = Instant.parse("2024-03-03T08:00:00Z");
    private static final Instant RECORDED = Instant.parse("2024-03-04T00:00:00Z");

    private static StockLevelAsOf.Entry entry(long sequence, io.stockledger.inventory.command.stock.StockItemEvent e) {
        return new StockLevelAsOf.Entry(sequence, e, RECORDED);
    }

    private final List<StockLevelAsOf.Entry> history = List.of(
            entry(0, new StockReceived("A", "W", 100, null, "PO-1", T1, new Balances(100, 0, 0, 0))),
            entry(1, new BinAssigned("A", "W", "A-01-01", T1)),
            entry(2, new StockReserved("A", "W", "r1", 30, T2, new Balances(100, 30, 0, 0))),
            entry(3, new ReorderPolicyChanged("A", "W", 20, 50, 5, 500L, 7, T2)),
            entry(4, new StockDamaged("A", "W", 10, "crushed", T3, new Balances(90, 30, 10, 0))));

    @Test
    void beforeTheFirstEventEverythingIsZero() {
        StockLevel level = StockLevelAsOf.at("A", "W", history, T1.minusSeconds(1)).orElseThrow();
        assertThat(level.onHand()).isZero();
        assertThat(level.version()).isEqualTo(-1);
        assertThat(level.bin()).isNull();
        assertThat(level.updatedAt()).isNull();
    }

    @Test
    void betweenChangesTheLevelIsThatOfTheLastIncludedEvent() {
        StockLevel atT1 = StockLevelAsOf.at("A", "W", history, T1).orElseThrow();
        assertThat(atT1.onHand()).isEqualTo(100);
        assertThat(atT1.reserved()).isZero();
        assertThat(atT1.bin()).isEqualTo("A-01-01");
        assertThat(atT1.reorderPoint()).isNull();
        assertThat(atT1.version()).isEqualTo(1);

        StockLevel midway = StockLevelAsOf.at("A", "W", history, T2.plusSeconds(3600)).orElseThrow();
        assertThat(midway.onHand()).isEqualTo(100);
        assertThat(midway.reserved()).isEqualTo(30);
        assertThat(midway.available()).isEqualTo(70);
        assertThat(midway.damaged()).isZero();
        assertThat(midway.reorderPoint()).isEqualTo(20);
        assertThat(midway.maxStock()).isEqualTo(500L);
        assertThat(midway.version()).isEqualTo(3);
        assertThat(midway.updatedAt()).isEqualTo(T2);
    }

    @Test
    void afterTheLastEventItIsTheCurrentLevel() {
        StockLevel now = StockLevelAsOf.at("A", "W", history, T3.plusSeconds(1)).orElseThrow();
        assertThat(now.onHand()).isEqualTo(90);
        assertThat(now.reserved()).isEqualTo(30);
        assertThat(now.available()).isEqualTo(60);
        assertThat(now.damaged()).isEqualTo(10);
        assertThat(now.version()).isEqualTo(4);
        assertThat(now.updatedAt()).isEqualTo(T3);
    }

    @Test
    void aBackDatedEventCountsAtItsBusinessTimeOnly() {
        // Recorded last (sequence 2) but dated between the two receipts.
        List<StockLevelAsOf.Entry> backDated = List.of(
                entry(0, new StockReceived("A", "W", 10, null, null, T1, new Balances(10, 0, 0, 0))),
                entry(1, new StockReceived("A", "W", 5, null, null, T3, new Balances(15, 0, 0, 0))),
                entry(2, new StockDamaged("A", "W", 4, "found broken", T2, new Balances(11, 0, 4, 0))));

        StockLevel atT2 = StockLevelAsOf.at("A", "W", backDated, T2).orElseThrow();
        assertThat(atT2.onHand()).isEqualTo(6);
        assertThat(atT2.damaged()).isEqualTo(4);
        StockLevel atT3 = StockLevelAsOf.at("A", "W", backDated, T3).orElseThrow();
        assertThat(atT3.onHand()).isEqualTo(11);
    }

    @Test
    void aStockItemWithoutEventsIsUnknown() {
        assertThat(StockLevelAsOf.at("A", "W", List.of(), T3)).isEmpty();
    }
}
