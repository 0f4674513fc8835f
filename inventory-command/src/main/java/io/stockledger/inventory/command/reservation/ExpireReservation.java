package io.stockledger.inventory.command.reservation;

import io.stockledger.inventory.command.common.ReservationId;

import java.time.Instant;

/**
 * Release the holds of a reservation whose time has run out. A no-op (answering the reservation) when it
 * is no longer {@code RESERVED} or not yet due, so that any instance may send it any number of times.
 *
 * @param reservationId the reservation
 * @param now           the sender's current time; the reservation expires if {@code expiresAt ≤ now}
 */
public record ExpireReservation(ReservationId reservationId, Instant now) {
}
