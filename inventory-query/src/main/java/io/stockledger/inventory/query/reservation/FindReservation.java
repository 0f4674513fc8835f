package io.stockledger.inventory.query.reservation;

/**
 * Query: one reservation. Answer: {@code ReservationView}, or {@code null} when unknown.
 *
 * @param reservationId the reservation id
 */
public record FindReservation(String reservationId) {
}
