package io.stockledger.inventory.query.reservation;

import io.stockledger.inventory.command.reservation.ReservationView;

import java.util.List;

/**
 * One page of reservations.
 *
 * @param items the reservations of this page
 * @param page  zero-based page number
 * @param size  page size asked for
 * @param total reservations matching the query
 */
public record ReservationPage(List<ReservationView> items, int page, int size, long total) {
}
