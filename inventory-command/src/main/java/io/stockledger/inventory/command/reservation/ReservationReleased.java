package io.stockledger.inventory.command.reservation;

import java.time.Instant;

/**
 * Every hold of the reservation was dropped (in the same transaction).
 *
 * @param reservationId the reservation
 * @param orderId       the client's order id
 * @param occurredAt    business time
 */
public record ReservationReleased(String reservationId, String orderId, Instant occurredAt) {
}
