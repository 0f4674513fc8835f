package io.stockledger.inventory.command.reservation;

/**
 * Ship or release of a reservation that is no longer {@code RESERVED}. Answered with 409
 * {@code /problems/reservation-not-open}.
 */
public class ReservationNotOpenException extends RuntimeException {

    /**
     * @param reservationId the reservation
     * @param status        its current status
     */
    public ReservationNotOpenException(String reservationId, ReservationStatus status) {
        super("reservation " + reservationId + " is " + status + ", not RESERVED", null, false, false);
    }
}
