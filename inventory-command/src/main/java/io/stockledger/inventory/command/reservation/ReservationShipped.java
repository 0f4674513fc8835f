package io.stockledger.inventory.command.reservation;

import java.time.Instant;

/**
 * Every allocation of the reservation was shipped (in the same transaction).
 *
 * @param reservationId the reservation
 * @param orderId       the client's order id
 * @param occurredAt    business time
 */
public record ReservationShipped(String reservationId, String orderId, Instant occurredAt) {
}
