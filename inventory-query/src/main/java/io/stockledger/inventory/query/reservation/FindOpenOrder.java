package io.stockledger.inventory.query.reservation;

/**
 * Query: the open reservation of an order. Answer: {@link OpenOrder}, or {@code null} when the order has
 * none. Current at once (the table is written in the appending transaction).
 *
 * @param orderId the client's order id
 */
public record FindOpenOrder(String orderId) {
}
