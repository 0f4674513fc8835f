package io.stockledger.inventory.api.reservation;

/**
 * The order has an open reservation with other lines. Answered with 409 {@code /problems/order-already-reserved}.
 */
public class OrderAlreadyReservedException extends RuntimeException {

    /**
     * @param orderId       the client's order id
     * @param reservationId its open reservation
     */
    public OrderAlreadyReservedException(String orderId, String reservationId) {
        super("order " + orderId + " already has reservation " + reservationId + " with other lines; release it first",
                null, false, false);
    }
}
