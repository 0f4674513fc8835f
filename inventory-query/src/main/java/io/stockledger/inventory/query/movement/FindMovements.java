package io.stockledger.inventory.query.movement;

import java.time.Instant;

/**
 * Query: a SKU's movements by business time, then warehouse and sequence. Answer: {@code MovementPage}.
 *
 * @param sku       SKU code
 * @param warehouse warehouse code or {@code null} for all
 * @param from      earliest business time (inclusive) or {@code null}
 * @param to        latest business time (exclusive) or {@code null}
 * @param type      kind or {@code null} for all
 * @param page      zero-based page
 * @param size      rows per page, 1 … 500
 */
public record FindMovements(String sku, String warehouse, Instant from, Instant to, MovementType type, int page,
                            int size) {
}
