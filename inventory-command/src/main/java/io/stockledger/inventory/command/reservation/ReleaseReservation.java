package io.stockledger.inventory.command.reservation;

import io.stockledger.inventory.command.common.ReservationId;

import java.time.Instant;

/**
 * Drop every hold of an open reservation.
 *
 * @param reservationId the reservation
 * @param occurredAt    business time
 */
public record ReleaseReservation(ReservationId reservationId, Instant occurredAt) {
}
