package io.stockledger.inventory.command.reservation;

import io.stockledger.inventory.command.common.ReservationId;

import java.time.Instant;

/**
 * Ship every allocation of an open reservation: the held units leave on hand and reserved.
 *
 * @param reservationId the reservation
 * @param occurredAt    business time
 */
public record ShipReservation(ReservationId reservationId, Instant occurredAt) {
}
