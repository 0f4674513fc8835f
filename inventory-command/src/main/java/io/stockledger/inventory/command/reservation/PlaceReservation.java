package io.stockledger.inventory.command.reservation;

import io.stockledger.inventory.command.common.ClientReference;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.ReservationId;

import java.time.Instant;
import java.util.List;

/**
 * Hold stock for an order, all lines or none. Handled by {@link ReservationCommandHandler}, which holds
 * every line on its stock item and records the reservation in one unit of work and one database
 * transaction.
 *
 * @param reservationId new reservation id
 * @param orderId       the client's order id, 1–128 printable characters
 * @param lines         1 … {@link #MAX_LINES} lines; lines for the same stock item are merged
 * @param expiresAt     when the hold runs out, or {@code null} for never
 * @param occurredAt    business time
 * @throws InvalidValueException for a missing order id or a wrong number of lines
 */
public record PlaceReservation(ReservationId reservationId, String orderId, List<ReservationLine> lines,
                               Instant expiresAt, Instant occurredAt) {

    /** Most lines one order may have. */
    public static final int MAX_LINES = 200;

    public PlaceReservation {
        ClientReference.check("orderId", orderId, true);
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new InvalidValueException("lines", "an order needs 1-" + MAX_LINES + " lines");
        }
        lines = List.copyOf(lines);
    }
}
