package io.stockledger.inventory.command.reservation;

/** No reservation has this id. Answered with 404 {@code /problems/unknown-reservation}. */
public class UnknownReservationException extends RuntimeException {

    /** @param reservationId the id asked for */
    public UnknownReservationException(String reservationId) {
        super("no reservation with id " + reservationId, null, false, false);
    }
}
