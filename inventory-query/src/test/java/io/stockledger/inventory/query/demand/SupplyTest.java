package io.stockledger.inventory.query.demand;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupplyTest {

    @Test
    void givenOneStockItemWithAPolicyWhenSupplyThenItsOwn() {
        assertThat(Supply.of(List.of(new StockItemSupply("DC-001", 30, 10, 4, 20L))))
                .isEqualTo(new Supply(30, 10, 4, 20));
    }

    @Test
    void givenNoPolicyWhenSupplyThenTheDefaultLeadTimeAndNoLeastOrder() {
        assertThat(Supply.of(List.of(new StockItemSupply("DC-001", 5, 0, null, null))))
                .isEqualTo(new Supply(5, 0, Supply.DEFAULT_LEAD_TIME_DAYS, 0));
    }

    @Test
    void givenSeveralWarehousesWhenSupplyThenQuantitiesAddUpAndTheMostDemandingPolicyHolds() {
        Supply supply = Supply.of(List.of(new StockItemSupply("DC-001", 30, 0, 3, 50L),
                new StockItemSupply("DC-002", 12, 8, 10, 20L), new StockItemSupply("DC-003", 1, 0, null, null)));

        assertThat(supply).isEqualTo(new Supply(43, 8, 10, 50));
    }

    @Test
    void givenAPolicyOnlyElsewhereWhenSupplyThenItsLeadTimeRatherThanTheDefault() {
        Supply supply = Supply.of(List.of(new StockItemSupply("DC-001", 1, 0, null, null),
                new StockItemSupply("DC-002", 1, 0, 2, 0L)));

        assertThat(supply.leadTimeDays()).isEqualTo(2);
    }

    @Test
    void givenNoStockItemWhenSupplyThenRefused() {
        assertThatThrownBy(() -> Supply.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
