package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/**
 * A count that finds on hand unchanged since the previous count is not recorded again (so a re-uploaded count
 * file changes nothing); any other count is recorded, including a first count that confirms on hand.
 */
class StockItemRepeatedCountTest {

    private static final String SKU = "85123A";
    private static final String WH = "DC-001";
    private static final StockItemId ID = StockItemId.of(SKU, WH);
    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T1 = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-01T10:00:00Z");

    private AggregateTestFixture<StockItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StockItem.class);
    }

    private static StockReceived received100() {
        return new StockReceived(SKU, WH, 100, null, null, T0, new Balances(100, 0, 0, 0));
    }

    private static StockCounted counted(long counted, long difference, Instant at, Balances after) {
        return new StockCounted(SKU, WH, counted, difference, "cycle", at, after);
    }

    @Test
    void givenReceived100WhenCount100ThenTheConfirmingCountIsRecorded() {
        fixture.given(received100())
                .when(new CountStock(ID, 100, "cycle", T1))
                .expectEvents(counted(100, 0, T1, new Balances(100, 0, 0, 0)));
    }

    @Test
    void givenCounted93WhenCount93AgainThenNothingRecorded() {
        fixture.given(received100(), counted(93, -7, T1, new Balances(93, 0, 0, 0)))
                .when(new CountStock(ID, 93, "cycle", T2))
                .expectNoEvents()
                .expectResultMessagePayload(new StockLevel(SKU, WH, 93, 0, 93, 0, 0, null, null, null, null, null,
                        null, 1, T1));
    }

    @Test
    void givenCounted93AndAReservationSinceWhenCount93AgainThenNothingRecorded() {
        fixture.given(received100(), counted(93, -7, T1, new Balances(93, 0, 0, 0)),
                        new StockReserved(SKU, WH, "6f1c2a3e-0b4d-4c5e-8f90-1a2b3c4d5e6f", 10, T1,
                                new Balances(93, 10, 0, 0)))
                .when(new CountStock(ID, 93, null, T2))
                .expectNoEvents();
    }

    @Test
    void givenCounted93ThenWrittenOffWhenCount93AgainThenRecordedAsACorrection() {
        fixture.given(received100(), counted(93, -7, T1, new Balances(93, 0, 0, 0)),
                        new StockAdjusted(SKU, WH, -3, "write-off", T1, new Balances(90, 0, 0, 0)))
                .when(new CountStock(ID, 93, "cycle", T2))
                .expectEvents(counted(93, 3, T2, new Balances(93, 0, 0, 0)));
    }

    @Test
    void givenCounted93WhenCount95ThenRecorded() {
        fixture.given(received100(), counted(93, -7, T1, new Balances(93, 0, 0, 0)))
                .when(new CountStock(ID, 95, "cycle", T2))
                .expectEvents(counted(95, 2, T2, new Balances(95, 0, 0, 0)));
    }
}
