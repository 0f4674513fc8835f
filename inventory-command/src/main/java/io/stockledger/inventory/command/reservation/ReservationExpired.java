package io.stockledger.inventory.command.reservation;

import java.time.Instant;

/**
 * The reservation's time ran out and every hold was dropped (in the same transaction).
 *
 * @param reservationId the reservation
 * @param orderId       the client's order id
 * @param occurredAt    when it expired (its {@code expiresAt})
 */
public record ReservationExpired(String reservationId, String orderId, Instant occurredAt) {
}
