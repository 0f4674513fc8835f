package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.alert.AlertStatus;

import io.stockledger.inventory.command.alert.AlertId;
import io.stockledger.inventory.command.alert.AlertType;
import io.stockledger.inventory.command.alert.RaiseAlert;
import io.stockledger.inventory.command.alert.ResolveAlert;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.stock.Balances;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every alert transition, decided without a database. The stock item has reorder point 20, reorder quantity
 * 50 and max stock 200 once its policy is set; each step is one event with the next sequence number.
 */
class StockItemAlertsTest {

    private static final String SKU = "85123A";
    private static final String WH = "DC-001";
    private static final AlertThresholds POLICY = new AlertThresholds(20, 50, 200L);
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private StockItemAlerts alerts;
    private long sequence;

    @BeforeEach
    void setUp() {
        alerts = new StockItemAlerts(WatchedStockItem.unseen(SKU, WH), List.of());
        sequence = -1;
    }

    private List<Alert> policy(AlertThresholds thresholds) {
        sequence++;
        return alerts.observe(alerts.item().with(thresholds, sequence), at(sequence));
    }

    private List<Alert> stock(long onHand, long reserved, long inTransit) {
        sequence++;
        return alerts.observe(alerts.item().with(new Balances(onHand, reserved, 0, inTransit), sequence), at(sequence));
    }

    private static Instant at(long sequence) {
        return T0.plusSeconds(60 * sequence);
    }

    private Alert unresolved(AlertType type) {
        return alerts.unresolved().stream().filter(a -> a.type() == type).findFirst().orElse(null);
    }

    @Test
    void givenPolicyWhenAvailableDropsToReorderPointThenLowStockRaisedWithThresholdAndSuggestion() {
        policy(POLICY);
        stock(100, 0, 0);

        List<Alert> changes = stock(100, 80, 0);

        assertThat(changes).hasSize(1);
        Alert low = changes.get(0);
        assertThat(low.type()).isEqualTo(AlertType.LOW_STOCK);
        assertThat(low.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(low.available()).isEqualTo(20);
        assertThat(low.threshold()).isEqualTo(20);
        assertThat(low.suggestedOrderQuantity()).isEqualTo(50); // max(50, 20 + 50 - 20 - 0)
        assertThat(low.raisedAt()).isEqualTo(at(2));
        assertThat(low.resolvedAt()).isNull();
        assertThat(low.id()).isEqualTo(AlertId.derive(SKU, WH, AlertType.LOW_STOCK, 2).value());
    }

    @Test
    void givenPolicyWhenAvailableStaysAboveReorderPointThenNoAlert() {
        stock(21, 0, 0);
        assertThat(policy(POLICY)).isEmpty();
        assertThat(alerts.unresolved()).isEmpty();
    }

    @Test
    void givenLowStockOpenWhenAvailableDropsFurtherThenNoSecondAlertButQuantitiesFollow() {
        policy(POLICY);
        Alert raised = stock(15, 0, 0).get(0);

        List<Alert> changes = stock(10, 0, 0);

        assertThat(changes).hasSize(1);
        Alert updated = changes.get(0);
        assertThat(updated.id()).isEqualTo(raised.id());
        assertThat(updated.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(updated.available()).isEqualTo(10);
        assertThat(updated.suggestedOrderQuantity()).isEqualTo(60); // 20 + 50 - 10
        assertThat(updated.raisedAt()).isEqualTo(raised.raisedAt());
        assertThat(alerts.unresolved()).hasSize(1);
    }

    @Test
    void givenLowStockOpenWhenAnEventChangesNothingRelevantThenNoChange() {
        policy(POLICY);
        stock(15, 0, 0);
        assertThat(stock(15, 0, 0)).isEmpty();
    }

    @Test
    void givenLowStockOpenWhenAcknowledgedThenAcknowledgedWithTimeAndStillUnresolved() {
        policy(POLICY);
        Alert raised = stock(15, 0, 0).get(0);
        Instant ackAt = T0.plusSeconds(3600);

        Alert acknowledged = alerts.acknowledge(raised.id(), ackAt);

        assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(ackAt);
        assertThat(unresolved(AlertType.LOW_STOCK)).isEqualTo(acknowledged);
        assertThat(alerts.acknowledge(raised.id(), ackAt.plusSeconds(1))).as("a second acknowledgement").isNull();
        assertThat(unresolved(AlertType.LOW_STOCK).acknowledgedAt()).isEqualTo(ackAt);
    }

    @Test
    void givenAcknowledgedLowStockWhenStockDropsThenStaysAcknowledgedWithNewQuantities() {
        policy(POLICY);
        Alert raised = stock(15, 0, 0).get(0);
        alerts.acknowledge(raised.id(), T0.plusSeconds(3600));

        Alert updated = stock(12, 0, 0).get(0);

        assertThat(updated.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(updated.available()).isEqualTo(12);
    }

    @Test
    void givenUnknownOrOtherAlertIdWhenAcknowledgedThenNothingChanges() {
        policy(POLICY);
        stock(15, 0, 0);
        assertThat(alerts.acknowledge(AlertId.derive(SKU, WH, AlertType.LOW_STOCK, 99).value(), T0)).isNull();
        assertThat(unresolved(AlertType.LOW_STOCK).status()).isEqualTo(AlertStatus.OPEN);
    }

    @Test
    void givenLowStockWhenReceiptLiftsAvailableAboveReorderPointThenResolvedAtTheEventsTime() {
        policy(POLICY);
        Alert raised = stock(15, 0, 0).get(0);

        List<Alert> changes = stock(65, 0, 0);

        assertThat(changes).hasSize(1);
        Alert resolved = changes.get(0);
        assertThat(resolved.id()).isEqualTo(raised.id());
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.resolvedAt()).isEqualTo(at(2));
        assertThat(resolved.available()).as("the last value while low").isEqualTo(15);
        assertThat(alerts.unresolved()).isEmpty();
    }

    @Test
    void givenAcknowledgedAlertWhenConditionClearsThenResolvedKeepingTheAcknowledgement() {
        policy(POLICY);
        Alert raised = stock(15, 0, 0).get(0);
        alerts.acknowledge(raised.id(), T0.plusSeconds(5));

        Alert resolved = stock(100, 0, 0).get(0);

        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.acknowledgedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(alerts.acknowledge(raised.id(), T0.plusSeconds(9))).as("a resolved alert").isNull();
    }

    @Test
    void givenResolvedLowStockWhenLowAgainThenANewAlertWithANewId() {
        stock(100, 0, 0);
        policy(POLICY);
        Alert first = stock(15, 0, 0).get(0);
        stock(100, 0, 0);

        Alert second = stock(18, 0, 0).get(0);

        assertThat(second.type()).isEqualTo(AlertType.LOW_STOCK);
        assertThat(second.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.raisedAt()).isEqualTo(at(4));
        assertThat(alerts.changed()).extracting(Alert::id).containsExactly(first.id(), second.id());
        assertThat(alerts.changed()).extracting(Alert::status)
                .containsExactly(AlertStatus.RESOLVED, AlertStatus.OPEN);
    }

    @Test
    void givenLowStockWhenAvailableReachesZeroThenLowResolvedAndOutOfStockRaised() {
        policy(POLICY);
        Alert low = stock(5, 0, 0).get(0);

        List<Alert> changes = stock(5, 5, 0);

        assertThat(changes).extracting(Alert::type).containsExactly(AlertType.LOW_STOCK, AlertType.OUT_OF_STOCK);
        assertThat(changes.get(0).id()).isEqualTo(low.id());
        assertThat(changes.get(0).status()).isEqualTo(AlertStatus.RESOLVED);
        Alert out = changes.get(1);
        assertThat(out.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(out.available()).isZero();
        assertThat(out.threshold()).isZero();
        assertThat(out.suggestedOrderQuantity()).isEqualTo(70); // 20 + 50 - 0 - 0
        assertThat(alerts.unresolved()).extracting(Alert::type).containsExactly(AlertType.OUT_OF_STOCK);
    }

    @Test
    void givenOutOfStockWhenPartlyRestockedBelowReorderPointThenOutResolvedAndLowRaised() {
        policy(POLICY);
        stock(0, 0, 0);

        List<Alert> changes = stock(8, 0, 0);

        assertThat(changes).extracting(Alert::type, Alert::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AlertType.LOW_STOCK, AlertStatus.OPEN),
                org.assertj.core.groups.Tuple.tuple(AlertType.OUT_OF_STOCK, AlertStatus.RESOLVED));
    }

    @Test
    void givenUnitsInTransitThenSuggestionCountsThemButIsAtLeastTheReorderQuantity() {
        policy(POLICY);
        assertThat(stock(10, 0, 5).get(0).suggestedOrderQuantity()).isEqualTo(55); // 20 + 50 - 10 - 5
        assertThat(stock(10, 0, 40).get(0).suggestedOrderQuantity()).isEqualTo(50); // 30 < 50
    }

    @Test
    void givenMaxStockWhenOnHandExceedsItThenOverstockRaisedAndResolvedWhenBackAtMax() {
        stock(200, 0, 0);
        assertThat(policy(POLICY)).as("at max stock").isEmpty();

        Alert over = stock(201, 0, 0).get(0);
        assertThat(over.type()).isEqualTo(AlertType.OVERSTOCK);
        assertThat(over.threshold()).isEqualTo(200);
        assertThat(over.available()).isEqualTo(201);
        assertThat(over.suggestedOrderQuantity()).isZero();

        assertThat(stock(250, 60, 0)).as("reservations keep on hand").extracting(Alert::status)
                .containsExactly(AlertStatus.OPEN);
        Alert resolved = stock(200, 0, 0).get(0);
        assertThat(resolved.id()).isEqualTo(over.id());
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
    }

    @Test
    void givenOverstockWhenMaxStockRaisedByNewPolicyThenResolved() {
        policy(POLICY);
        stock(300, 0, 0);
        List<Alert> changes = policy(new AlertThresholds(20, 50, 500L));
        assertThat(changes).extracting(Alert::type, Alert::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AlertType.OVERSTOCK, AlertStatus.RESOLVED));
    }

    @Test
    void givenStockWhenPolicyRaisesReorderPointAboveAvailableThenLowStockRaisedWithNewThreshold() {
        stock(30, 0, 0);
        Alert low = policy(new AlertThresholds(40, 100, null)).get(0);
        assertThat(low.type()).isEqualTo(AlertType.LOW_STOCK);
        assertThat(low.threshold()).isEqualTo(40);
        assertThat(low.suggestedOrderQuantity()).isEqualTo(110); // 40 + 100 - 30
    }

    @Test
    void givenNoPolicyThenNeitherLowNorOverstockEvenAtLowOrHighStock() {
        assertThat(stock(1, 0, 0)).isEmpty();
        assertThat(stock(1_000_000, 0, 0)).isEmpty();
    }

    @Test
    void givenNoPolicyButStockOnceWhenAvailableZeroThenOutOfStockWithoutSuggestion() {
        stock(10, 0, 0);
        Alert out = stock(10, 10, 0).get(0);
        assertThat(out.type()).isEqualTo(AlertType.OUT_OF_STOCK);
        assertThat(out.suggestedOrderQuantity()).isNull();
    }

    @Test
    void givenNeverStockedAndNoPolicyWhenOnlyUnitsInTransitOrDamagedThenNoAlert() {
        assertThat(stock(0, 0, 30)).isEmpty();
        assertThat(stock(0, 0, 0)).isEmpty();
    }

    @Test
    void givenPolicyButNeverStockedThenOutOfStockAtOnce() {
        assertThat(policy(POLICY)).extracting(Alert::type).containsExactly(AlertType.OUT_OF_STOCK);
    }

    @Test
    void givenAnEventAlreadyAppliedThenRecognisedAsRedelivered() {
        policy(POLICY);
        stock(15, 0, 0);
        assertThat(alerts.applied(1)).isTrue();
        assertThat(alerts.applied(2)).isFalse();
    }

    @Test
    void givenStoredStateWithOpenAlertWhenLoadedThenContinuesTheSameAlert() {
        policy(POLICY);
        Alert raised = stock(15, 0, 0).get(0);
        StockItemAlerts reloaded = new StockItemAlerts(alerts.item(), alerts.unresolved());

        List<Alert> changes = reloaded.observe(reloaded.item().with(new Balances(70, 0, 0, 0), 2), at(2));

        assertThat(changes).extracting(Alert::id).containsExactly(raised.id());
        assertThat(changes.get(0).status()).isEqualTo(AlertStatus.RESOLVED);
    }

    @Test
    void transitionsBecomeCommandsInOrderAndFollowingQuantitiesNone() {
        policy(POLICY);
        stock(100, 0, 0);
        List<Alert> raised = stock(15, 0, 0);
        assertThat(alerts.commands(raised)).containsExactly(new RaiseAlert(
                AlertId.derive(SKU, WH, AlertType.LOW_STOCK, 2), StockItemId.of(SKU, WH), AlertType.LOW_STOCK,
                15, 20, 55L, at(2)));

        assertThat(alerts.commands(stock(10, 0, 0))).isEmpty(); // quantities follow; no event

        List<Alert> lowToOut = stock(0, 0, 0);
        assertThat(alerts.commands(lowToOut)).containsExactly(
                new ResolveAlert(AlertId.derive(SKU, WH, AlertType.LOW_STOCK, 2), 10, at(4)),
                new RaiseAlert(AlertId.derive(SKU, WH, AlertType.OUT_OF_STOCK, 4), StockItemId.of(SKU, WH),
                        AlertType.OUT_OF_STOCK, 0, 0, 70L, at(4)));
    }
}
