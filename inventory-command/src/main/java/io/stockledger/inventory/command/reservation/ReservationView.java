package io.stockledger.inventory.command.reservation;

import java.time.Instant;
import java.util.List;

/**
 * A reservation as clients see it.
 *
 * @param reservationId the reservation
 * @param orderId       the client's order id
 * @param status        RESERVED, SHIPPED, RELEASED or EXPIRED
 * @param expiresAt     when the hold runs out, or {@code null} for never
 * @param allocations   units held per SKU and warehouse
 * @param placedAt      business time of placement
 * @param updatedAt     business time of the last status change
 */
public record ReservationView(String reservationId, String orderId, ReservationStatus status, Instant expiresAt,
                              List<Allocation> allocations, Instant placedAt, Instant updatedAt) {
}
