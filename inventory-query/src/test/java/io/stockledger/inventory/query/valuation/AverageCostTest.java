package io.stockledger.inventory.query.valuation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Weighted average cost arithmetic: exact sums, unit costs at scale 4 and values at scale 2, HALF_EVEN. */
class AverageCostTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void givenNothingWhenReceivedWithCostThenAverageIsTheCostAtScale4() {
        AverageCost cost = AverageCost.NONE.receive(100, d("2.5"), 100);
        assertThat(cost.averageUnitCost()).isEqualTo(d("2.5000"));
        assertThat(cost.value()).isEqualTo(d("250.00"));
    }

    @Test
    void givenTwoReceiptsAtDifferentCostsThenWeightedAverage() {
        AverageCost cost = AverageCost.NONE.receive(100, d("2.00"), 100).receive(50, d("3.50"), 150);
        // (100 × 2.00 + 50 × 3.50) / 150 = 375 / 150 = 2.5
        assertThat(cost.averageUnitCost()).isEqualTo(d("2.5000"));
        assertThat(cost.value()).isEqualTo(d("375.00"));
    }

    @Test
    void givenARepeatingQuotientThenUnitCostRoundedHalfEvenAtScale4() {
        AverageCost cost = AverageCost.NONE.receive(2, d("1"), 2).receive(1, d("2"), 3);
        // 4 / 3 = 1.33333…
        assertThat(cost.averageUnitCost()).isEqualTo(d("1.3333"));
        assertThat(cost.value()).isEqualTo(d("4.00")); // 3 × 1.3333 = 3.9999 → 4.00
    }

    @Test
    void halfwayUnitCostsRoundToEven() {
        // (1 × 0.0001 + 1 × 0.0002) / 2 = 0.00015 → 0.0002 (even); (1 × 0.0002 + 1 × 0.0003) / 2 = 0.00025 → 0.0002
        assertThat(AverageCost.NONE.receive(1, d("0.0001"), 1).receive(1, d("0.0002"), 2).averageUnitCost())
                .isEqualTo(d("0.0002"));
        assertThat(AverageCost.NONE.receive(1, d("0.0002"), 1).receive(1, d("0.0003"), 2).averageUnitCost())
                .isEqualTo(d("0.0002"));
    }

    @Test
    void halfwayValuesRoundToEven() {
        assertThat(new AverageCost(1, d("0.0050")).value()).isEqualTo(d("0.00"));
        assertThat(new AverageCost(1, d("0.0150")).value()).isEqualTo(d("0.02"));
        assertThat(new AverageCost(3, d("0.0050")).value()).isEqualTo(d("0.02")); // 0.015 → 0.02
        assertThat(new AverageCost(5, d("0.0050")).value()).isEqualTo(d("0.02")); // 0.025 → 0.02
    }

    @Test
    void givenAReceiptWithoutCostThenAverageKeptAndUnitsValuedAtIt() {
        AverageCost cost = AverageCost.NONE.receive(10, d("4"), 10).receive(30, null, 40);
        assertThat(cost.averageUnitCost()).isEqualTo(d("4.0000"));
        assertThat(cost.quantity()).isEqualTo(40);
        assertThat(cost.value()).isEqualTo(d("160.00"));
    }

    @Test
    void givenOnlyReceiptsWithoutCostThenNoAverageAndNoValue() {
        AverageCost cost = AverageCost.NONE.receive(10, null, 10);
        assertThat(cost.averageUnitCost()).isNull();
        assertThat(cost.value()).isNull();
    }

    @Test
    void givenUncostedUnitsWhenFirstCostedReceiptThenAllValuedAtThatCost() {
        AverageCost cost = AverageCost.NONE.receive(10, null, 10).receive(10, d("3"), 20);
        assertThat(cost.averageUnitCost()).isEqualTo(d("3.0000"));
        assertThat(cost.value()).isEqualTo(d("60.00"));
    }

    @Test
    void outflowsKeepTheAverageAndReduceTheValue() {
        AverageCost cost = AverageCost.NONE.receive(100, d("2"), 100).receive(50, d("3.5"), 150).onHand(40);
        assertThat(cost.averageUnitCost()).isEqualTo(d("2.5000"));
        assertThat(cost.value()).isEqualTo(d("100.00"));
    }

    @Test
    void givenStockSoldOutWhenReceivedAgainThenAverageRestartsAtTheNewCost() {
        AverageCost cost = AverageCost.NONE.receive(10, d("2"), 10).onHand(0).receive(5, d("7.25"), 5);
        assertThat(cost.averageUnitCost()).isEqualTo(d("7.2500"));
    }

    @Test
    void aFreeReceiptLowersTheAverage() {
        AverageCost cost = AverageCost.NONE.receive(10, d("3"), 10).receive(20, d("0"), 30);
        assertThat(cost.averageUnitCost()).isEqualTo(d("1.0000"));
    }

    @Test
    void largeQuantitiesAndCostsStayExact() {
        AverageCost cost = AverageCost.NONE.receive(1_000_000_000L, d("9999.9999"), 1_000_000_000L)
                .receive(1_000_000_000L, d("0.0001"), 2_000_000_000L);
        assertThat(cost.averageUnitCost()).isEqualTo(d("5000.0000"));
        assertThat(cost.value()).isEqualTo(d("10000000000000.00"));
    }

    @Test
    void aReceiptOfZeroUnitsChangesOnlyTheQuantity() {
        AverageCost cost = AverageCost.NONE.receive(0, d("5"), 0);
        assertThat(cost.averageUnitCost()).isNull();
    }
}
