package io.stockledger.inventory.command.reservation;

import java.time.Instant;
import java.util.List;

/**
 * An order's stock is held: every allocation is reserved on its stock item (in the same transaction).
 *
 * @param reservationId the reservation
 * @param orderId       the client's order id
 * @param allocations   units held per SKU and warehouse
 * @param expiresAt     when the hold runs out, or {@code null} for never
 * @param occurredAt    business time
 * @param lines         the lines as requested (merged), with {@code warehouse} null where the service
 *                      allocated; {@code null} in events written before lines were recorded
 */
public record ReservationPlaced(String reservationId, String orderId, List<Allocation> allocations,
                                Instant expiresAt, Instant occurredAt, List<RequestedLine> lines) {
}
