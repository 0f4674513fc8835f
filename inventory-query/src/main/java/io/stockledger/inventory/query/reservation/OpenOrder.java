package io.stockledger.inventory.query.reservation;

/**
 * An order that has a {@code RESERVED} reservation.
 *
 * @param orderId          the client's order id
 * @param reservationId    its open reservation
 * @param linesFingerprint {@code RequestedLines.fingerprint} of the lines it asked for
 */
public record OpenOrder(String orderId, String reservationId, String linesFingerprint) {
}
