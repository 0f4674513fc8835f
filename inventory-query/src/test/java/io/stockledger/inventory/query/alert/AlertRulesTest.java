package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.alert.AlertType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules' boundaries and the suggested order quantity. */
class AlertRulesTest {

    private static WatchedStockItem item(long onHand, long reserved, long inTransit, AlertThresholds t) {
        return new WatchedStockItem("S", "W", onHand, reserved, inTransit, t, onHand > 0, 0);
    }

    @Test
    void lowStockHoldsFromOneUnitUpToTheReorderPointInclusive() {
        AlertThresholds t = new AlertThresholds(10, 5, null);
        assertThat(AlertRules.holding(item(1, 0, 0, t))).extracting(AlertCondition::type)
                .containsExactly(AlertType.LOW_STOCK);
        assertThat(AlertRules.holding(item(10, 0, 0, t))).extracting(AlertCondition::type)
                .containsExactly(AlertType.LOW_STOCK);
        assertThat(AlertRules.holding(item(11, 0, 0, t))).isEmpty();
    }

    @Test
    void lowStockComparesAvailableNotOnHand() {
        AlertThresholds t = new AlertThresholds(10, 5, null);
        assertThat(AlertRules.holding(item(50, 45, 0, t))).extracting(AlertCondition::available)
                .containsExactly(5L);
    }

    @Test
    void reorderPointZeroNeverRaisesLowStockOnlyOutOfStock() {
        AlertThresholds t = new AlertThresholds(0, 5, null);
        assertThat(AlertRules.holding(item(1, 0, 0, t))).isEmpty();
        assertThat(AlertRules.holding(item(0, 0, 0, t))).extracting(AlertCondition::type)
                .containsExactly(AlertType.OUT_OF_STOCK);
    }

    @Test
    void fullyReservedStockIsOutOfStockAndCanBeOverstockedAtOnce() {
        AlertThresholds t = new AlertThresholds(10, 5, 100L);
        assertThat(AlertRules.holding(item(150, 150, 0, t))).extracting(AlertCondition::type)
                .containsExactly(AlertType.OUT_OF_STOCK, AlertType.OVERSTOCK);
    }

    @Test
    void suggestedOrderQuantityIsMaxOfReorderQuantityAndTheGapToReorderPointPlusReorderQuantity() {
        AlertThresholds t = new AlertThresholds(40, 200, null);
        assertThat(AlertRules.suggestedOrderQuantity(item(0, 0, 0, t))).isEqualTo(240);
        assertThat(AlertRules.suggestedOrderQuantity(item(30, 0, 0, t))).isEqualTo(210);
        assertThat(AlertRules.suggestedOrderQuantity(item(30, 0, 25, t))).isEqualTo(200); // 185 < 200
        assertThat(AlertRules.suggestedOrderQuantity(item(30, 0, 0, null))).isNull();
    }
}
