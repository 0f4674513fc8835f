package io.stockledger.inventory.query.movement;

import java.util.List;

/**
 * One page of movements.
 *
 * @param items the movements of this page
 * @param page  zero-based page number
 * @param size  page size asked for
 * @param total movements matching the query
 */
public record MovementPage(List<Movement> items, int page, int size, long total) {
}
