package io.stockledger.inventory.query.reservation;

import io.stockledger.inventory.command.reservation.ReservationStatus;

import java.time.Instant;

/**
 * Query: reservations by order, SKU, warehouse, status and expiry, soonest expiry first (then placement).
 * Answer: {@link ReservationPage}.
 *
 * @param orderId        the client's order id, or {@code null}
 * @param sku            reservations holding this SKU, or {@code null}
 * @param warehouse      reservations holding in this warehouse, or {@code null}
 * @param status         status, or {@code null}
 * @param expiringBefore reservations expiring before this instant (expiring soon), or {@code null}
 * @param page           zero-based page
 * @param size           rows per page, 1 … 500
 */
public record ListReservations(String orderId, String sku, String warehouse, ReservationStatus status,
                               Instant expiringBefore, int page, int size) {
}
