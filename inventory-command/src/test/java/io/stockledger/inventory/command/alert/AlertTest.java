package io.stockledger.inventory.command.alert;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An alert is raised, acknowledged and resolved once each; a resolved alert refuses acknowledgement. */
class AlertTest {

    private static final StockItemId ITEM = StockItemId.of("85123A", "DC-001");
    private static final AlertId ID = AlertId.derive("85123A", "DC-001", AlertType.LOW_STOCK, 7);
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-01T10:00:00Z");
    private static final AlertRaised RAISED =
            new AlertRaised(ID.value(), "85123A", "DC-001", AlertType.LOW_STOCK, 4, 5, 16L, T0);
    private static final AlertAcknowledged ACKNOWLEDGED =
            new AlertAcknowledged(ID.value(), "85123A", "DC-001", AlertType.LOW_STOCK, T1);
    private static final AlertResolved RESOLVED =
            new AlertResolved(ID.value(), "85123A", "DC-001", AlertType.LOW_STOCK, 30, T2);

    private AggregateTestFixture<Alert> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alert.class);
    }

    @Test
    void givenNothingWhenRaiseThenRaisedWithItsFiguresAndOpen() {
        fixture.givenNoPriorActivity()
                .when(new RaiseAlert(ID, ITEM, AlertType.LOW_STOCK, 4, 5, 16L, T0))
                .expectEvents(RAISED)
                .expectState(alert -> assertThat(alert.status()).isEqualTo(AlertStatus.OPEN));
    }

    @Test
    void givenRaisedWhenRaisedAgainThenNothingChanges() {
        fixture.given(RAISED)
                .when(new RaiseAlert(ID, ITEM, AlertType.LOW_STOCK, 3, 5, 17L, T1))
                .expectNoEvents();
    }

    @Test
    void givenRaisedWhenResolveThenResolvedWithTheStockItemFromTheRaise() {
        fixture.given(RAISED)
                .when(new ResolveAlert(ID, 30, T2))
                .expectEvents(RESOLVED)
                .expectState(alert -> assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED));
    }

    @Test
    void givenResolvedWhenResolvedAgainThenNothingChanges() {
        fixture.given(RAISED, RESOLVED)
                .when(new ResolveAlert(ID, 31, T2))
                .expectNoEvents();
    }

    @Test
    void givenRaisedWhenAcknowledgeThenAcknowledgedWithItsTime() {
        fixture.given(RAISED)
                .when(new AcknowledgeAlert(ID, ITEM, AlertType.LOW_STOCK, T1))
                .expectEvents(ACKNOWLEDGED)
                .expectResultMessagePayload(T1)
                .expectState(alert -> assertThat(alert.status()).isEqualTo(AlertStatus.ACKNOWLEDGED));
    }

    @Test
    void givenAcknowledgedWhenAcknowledgeAgainThenNoEventAndTheFirstTime() {
        fixture.given(RAISED, ACKNOWLEDGED)
                .when(new AcknowledgeAlert(ID, ITEM, AlertType.LOW_STOCK, T2))
                .expectNoEvents()
                .expectResultMessagePayload(T1);
    }

    @Test
    void givenAcknowledgedWhenResolveThenResolved() {
        fixture.given(RAISED, ACKNOWLEDGED)
                .when(new ResolveAlert(ID, 30, T2))
                .expectEvents(RESOLVED);
    }

    @Test
    void givenResolvedWhenAcknowledgeThenRefusedAsNotOpen() {
        fixture.given(RAISED, RESOLVED)
                .when(new AcknowledgeAlert(ID, ITEM, AlertType.LOW_STOCK, T2))
                .expectNoEvents()
                .expectException(AlertNotOpenException.class);
    }

    @Test
    void givenNeverRaisedWhenResolveThenRefused() {
        fixture.given(ACKNOWLEDGED)
                .when(new ResolveAlert(ID, 30, T2))
                .expectNoEvents()
                .expectException(IllegalStateException.class);
    }

    @Test
    void givenAnAcknowledgementOlderThanTheRaiseWhenRaisedThenAcknowledgedOnceRaised() {
        fixture.given(ACKNOWLEDGED)
                .when(new RaiseAlert(ID, ITEM, AlertType.LOW_STOCK, 4, 5, 16L, T0))
                .expectEvents(RAISED)
                .expectState(alert -> assertThat(alert.status()).isEqualTo(AlertStatus.ACKNOWLEDGED));
    }

    @Test
    void theIdIsDerivedFromStockItemTypeAndRaisingEvent() {
        assertThat(AlertId.derive("85123A", "DC-001", AlertType.LOW_STOCK, 7)).isEqualTo(ID);
        assertThat(AlertId.derive("85123A", "DC-001", AlertType.LOW_STOCK, 8)).isNotEqualTo(ID);
        assertThat(AlertId.derive("85123A", "DC-001", AlertType.OUT_OF_STOCK, 7)).isNotEqualTo(ID);
        assertThat(AlertId.derive("85123A", "DC-002", AlertType.LOW_STOCK, 7)).isNotEqualTo(ID);
        assertThat(ID.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void anIdMustBeALowerCaseUuidAndCommandsNeedTheirParts() {
        assertThatThrownBy(() -> new AlertId("not-a-uuid")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AlertId(ID.value().toUpperCase())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AcknowledgeAlert(ID, ITEM, null, T1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RaiseAlert(ID, ITEM, AlertType.LOW_STOCK, 1, 5, null, null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ResolveAlert(null, 1, T1)).isInstanceOf(InvalidValueException.class);
    }
}
