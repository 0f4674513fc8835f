package io.stockledger.inventory.command.reservation;

import io.stockledger.inventory.command.common.ClientReference;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.ReservationId;

import java.time.Instant;
import java.util.List;

/**
 * Hold stock for an order, all lines or none. Handled by {@link ReservationCommandHandler}, which holds
 * every line on its stock items and records the reservation in one unit of work and one database
 * transaction.
 *
 * @param reservationId new reservation id
 * @param orderId       the client's order id, 1–128 printable characters
 * @param lines         1 … {@link #MAX_LINES} lines; repeated lines (same SKU and warehouse, or same SKU
 *                      without warehouse) are merged
 * @param candidates    the active warehouses, for lines that name none (may be empty when all do)
 * @param expiresAt     when the hold runs out, or {@code null} for never
 * @param occurredAt    business time
 * @param idempotent    whether {@code reservationId} may already exist (a retried request): then the
 *                      existing reservation is the answer and nothing is held twice
 * @throws InvalidValueException for a missing order id or a wrong number of lines
 */
public record PlaceReservation(ReservationId reservationId, String orderId, List<ReservationLine> lines,
                               List<AllocationCandidate> candidates, Instant expiresAt, Instant occurredAt,
                               boolean idempotent) {

    /** Most lines one order may ever have (the service's configured limit is at most this). */
    public static final int MAX_LINES = 1000;

    public PlaceReservation {
        ClientReference.check("orderId", orderId, true);
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new InvalidValueException("lines", "an order needs 1-" + MAX_LINES + " lines");
        }
        lines = List.copyOf(lines);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /**
     * An order whose lines all name their warehouse, not a retry.
     *
     * @param reservationId new reservation id
     * @param orderId       the client's order id
     * @param lines         the lines
     * @param expiresAt     expiry or {@code null}
     * @param occurredAt    business time
     */
    public PlaceReservation(ReservationId reservationId, String orderId, List<ReservationLine> lines,
                            Instant expiresAt, Instant occurredAt) {
        this(reservationId, orderId, lines, List.of(), expiresAt, occurredAt, false);
    }
}
