package io.stockledger.inventory.command.reservation;

import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.stock.Balances;
import io.stockledger.inventory.command.stock.StockReleased;
import io.stockledger.inventory.command.stock.StockReserved;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.stockledger.inventory.command.reservation.ReservationFixture.EXPIRES;
import static io.stockledger.inventory.command.reservation.ReservationFixture.T1;
import static io.stockledger.inventory.command.reservation.ReservationFixture.T2;
import static io.stockledger.inventory.command.reservation.ReservationFixture.anywhere;
import static io.stockledger.inventory.command.reservation.ReservationFixture.candidate;
import static io.stockledger.inventory.command.reservation.ReservationFixture.item;
import static io.stockledger.inventory.command.reservation.ReservationFixture.line;
import static io.stockledger.inventory.command.reservation.ReservationFixture.orderOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ExpireReservation} through {@link ReservationCommandHandler}: a due open reservation expires at its
 * {@code expiresAt} and drops every hold; anything else is a no-op answering the reservation as it is.
 */
class ReservationExpiryTest {

    private static final String DC_A = "DC-A";
    private static final String DC_B = "DC-B";
    private static final Instant AFTER = EXPIRES.plus(Duration.ofHours(3));

    private ReservationFixture f;

    @BeforeEach
    void start() {
        f = new ReservationFixture();
        f.receive("SKU-A", DC_A, 10);
        f.receive("SKU-B", DC_A, 3);
        f.receive("SKU-B", DC_B, 10);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    /** SKU-A@DC-A 4 (explicit) and SKU-B 5 split as DC-A 3 + DC-B 2, expiring at {@link ReservationFixture#EXPIRES}. */
    private ReservationView place(ReservationId id, Instant expiresAt) {
        return f.send(new PlaceReservation(id, orderOf(id), List.of(line("SKU-A", DC_A, 4), anywhere("SKU-B", 5)),
                List.of(candidate(DC_A, 1), candidate(DC_B, 0)), expiresAt, T1, false));
    }

    private ReservationView expire(ReservationId id, Instant now) {
        return f.send(new ExpireReservation(id, now));
    }

    private void assertAllHeld() {
        assertThat(f.balancesOf("SKU-A", DC_A)).isEqualTo(new Balances(10, 4, 0, 0));
        assertThat(f.balancesOf("SKU-B", DC_A)).isEqualTo(new Balances(3, 3, 0, 0));
        assertThat(f.balancesOf("SKU-B", DC_B)).isEqualTo(new Balances(10, 2, 0, 0));
    }

    @Test
    void givenDueReservationWhenExpiringThenReservationExpiredAtItsExpiresAtAndEveryHoldReleased() {
        ReservationId id = ReservationId.random();
        place(id, EXPIRES);

        ReservationView view = expire(id, AFTER);

        assertThat(view.status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(view.updatedAt()).isEqualTo(EXPIRES);
        assertThat(view.placedAt()).isEqualTo(T1);
        assertThat(f.payloadsOf(id.value())).last()
                .isEqualTo(new ReservationExpired(id.value(), orderOf(id), EXPIRES));
        assertThat(f.payloadsOfType(StockReleased.class)).containsExactlyInAnyOrder(
                new StockReleased("SKU-A", DC_A, id.value(), 4, "EXPIRED", EXPIRES, new Balances(10, 0, 0, 0)),
                new StockReleased("SKU-B", DC_A, id.value(), 3, "EXPIRED", EXPIRES, new Balances(3, 0, 0, 0)),
                new StockReleased("SKU-B", DC_B, id.value(), 2, "EXPIRED", EXPIRES, new Balances(10, 0, 0, 0)));
        assertThat(f.payloadsOf(item("SKU-A", DC_A))).last().isInstanceOf(StockReleased.class);
        assertThat(f.payloadsOf(item("SKU-B", DC_A))).last().isInstanceOf(StockReleased.class);
        assertThat(f.payloadsOf(item("SKU-B", DC_B))).last().isInstanceOf(StockReleased.class);
    }

    @Test
    void givenExpiredReservationWhenPlacingTheSameStockAgainThenItIsAvailable() {
        ReservationId expired = ReservationId.random();
        place(expired, EXPIRES);
        expire(expired, AFTER);

        ReservationId next = ReservationId.random();
        ReservationView view = f.place(next, List.of(), line("SKU-A", DC_A, 10), line("SKU-B", DC_A, 3),
                line("SKU-B", DC_B, 10));

        assertThat(view.status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(f.payloadsOfType(StockReserved.class)).filteredOn(r -> r.reservationId().equals(next.value()))
                .hasSize(3);
    }

    @Test
    void givenNowExactlyAtExpiresAtWhenExpiringThenItExpires() {
        ReservationId id = ReservationId.random();
        place(id, EXPIRES);

        ReservationView view = expire(id, EXPIRES);

        assertThat(view.status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(f.payloadsOfType(StockReleased.class)).hasSize(3);
    }

    @Test
    void givenNowBeforeExpiresAtWhenExpiringThenNothingHappens() {
        ReservationId id = ReservationId.random();
        ReservationView placed = place(id, EXPIRES);
        int stored = f.allPayloads().size();

        ReservationView view = expire(id, EXPIRES.minusNanos(1));

        assertThat(view).isEqualTo(placed);
        assertThat(view.status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(f.allPayloads()).hasSize(stored);
        assertAllHeld();
    }

    @Test
    void givenShippedReservationWhenExpiringAfterExpiresAtThenNothingHappensAndShippedIsAnswered() {
        ReservationId id = ReservationId.random();
        place(id, EXPIRES);
        f.send(new ShipReservation(id, T2));
        int stored = f.allPayloads().size();

        ReservationView view = expire(id, AFTER);

        assertThat(view.status()).isEqualTo(ReservationStatus.SHIPPED);
        assertThat(view.updatedAt()).isEqualTo(T2);
        assertThat(f.allPayloads()).hasSize(stored);
        assertThat(f.payloadsOfType(StockReleased.class)).isEmpty();
    }

    @Test
    void givenReleasedReservationWhenExpiringAfterExpiresAtThenNothingHappensAndReleasedIsAnswered() {
        ReservationId id = ReservationId.random();
        place(id, EXPIRES);
        f.send(new ReleaseReservation(id, T2));
        int stored = f.allPayloads().size();

        ReservationView view = expire(id, AFTER);

        assertThat(view.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(f.allPayloads()).hasSize(stored);
        assertThat(f.payloadsOfType(StockReleased.class)).extracting(StockReleased::reason).containsOnly("RELEASED");
    }

    @Test
    void givenReservationWithoutExpiryWhenExpiringFarInTheFutureThenItNeverExpires() {
        ReservationId id = ReservationId.random();
        ReservationView placed = place(id, null);
        int stored = f.allPayloads().size();

        ReservationView view = expire(id, Instant.parse("9999-12-31T23:59:59Z"));

        assertThat(view).isEqualTo(placed);
        assertThat(view.status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(view.expiresAt()).isNull();
        assertThat(f.allPayloads()).hasSize(stored);
        assertAllHeld();
    }

    @Test
    void givenExpiredReservationWhenExpiringAgainThenNothingHappensAndExpiredIsAnswered() {
        ReservationId id = ReservationId.random();
        place(id, EXPIRES);
        ReservationView first = expire(id, AFTER);
        int stored = f.allPayloads().size();

        ReservationView second = expire(id, AFTER.plus(Duration.ofDays(1)));

        assertThat(second).isEqualTo(first);
        assertThat(f.allPayloads()).hasSize(stored);
        assertThat(f.payloadsOfType(ReservationExpired.class)).hasSize(1);
        assertThat(f.payloadsOfType(StockReleased.class)).hasSize(3);
    }

    @Test
    void givenExpiredReservationWhenShippingThenRefusedAsNotOpen() {
        ReservationId id = ReservationId.random();
        place(id, EXPIRES);
        expire(id, AFTER);
        int stored = f.allPayloads().size();

        assertThatThrownBy(() -> f.send(new ShipReservation(id, AFTER)))
                .isInstanceOf(ReservationNotOpenException.class)
                .hasMessageContaining("EXPIRED");

        assertThat(f.allPayloads()).hasSize(stored);
        assertThat(f.balancesOf("SKU-A", DC_A)).isEqualTo(new Balances(10, 0, 0, 0));
    }

    @Test
    void givenExpiredReservationWhenReleasingThenRefusedAsNotOpen() {
        ReservationId id = ReservationId.random();
        place(id, EXPIRES);
        expire(id, AFTER);
        int stored = f.allPayloads().size();

        assertThatThrownBy(() -> f.send(new ReleaseReservation(id, AFTER)))
                .isInstanceOf(ReservationNotOpenException.class)
                .hasMessageContaining("EXPIRED");
        assertThat(f.allPayloads()).hasSize(stored);
    }

    @Test
    void givenUnknownReservationWhenExpiringThenUnknownReservationAndNothingStored() {
        ReservationId id = ReservationId.random();
        int stored = f.allPayloads().size();

        assertThatThrownBy(() -> expire(id, AFTER))
                .isInstanceOf(UnknownReservationException.class)
                .hasMessageContaining(id.value());
        assertThat(f.allPayloads()).hasSize(stored);
        assertThat(f.eventsOf(id.value())).isEmpty();
    }
}
