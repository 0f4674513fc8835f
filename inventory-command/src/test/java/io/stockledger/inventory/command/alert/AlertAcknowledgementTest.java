package io.stockledger.inventory.command.alert;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Acknowledging an alert is recorded once; the id is derived, the same on every run. */
class AlertAcknowledgementTest {

    private static final StockItemId ITEM = StockItemId.of("85123A", "DC-001");
    private static final AlertId ID = AlertId.derive("85123A", "DC-001", AlertType.LOW_STOCK, 7);
    private static final Instant T1 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-01T10:00:00Z");

    private AggregateTestFixture<AlertAcknowledgement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AlertAcknowledgement.class);
    }

    @Test
    void givenNothingWhenAcknowledgeThenAcknowledgedWithItsTime() {
        fixture.givenNoPriorActivity()
                .when(new AcknowledgeAlert(ID, ITEM, AlertType.LOW_STOCK, T1))
                .expectEvents(new AlertAcknowledged(ID.value(), "85123A", "DC-001", AlertType.LOW_STOCK, T1))
                .expectResultMessagePayload(T1);
    }

    @Test
    void givenAcknowledgedWhenAcknowledgeAgainThenNoEventAndTheFirstTime() {
        fixture.given(new AlertAcknowledged(ID.value(), "85123A", "DC-001", AlertType.LOW_STOCK, T1))
                .when(new AcknowledgeAlert(ID, ITEM, AlertType.LOW_STOCK, T2))
                .expectNoEvents()
                .expectResultMessagePayload(T1);
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
    void anIdMustBeALowerCaseUuid() {
        assertThatThrownBy(() -> new AlertId("not-a-uuid")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AlertId(ID.value().toUpperCase())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AcknowledgeAlert(ID, ITEM, null, T1)).isInstanceOf(InvalidValueException.class);
    }
}
