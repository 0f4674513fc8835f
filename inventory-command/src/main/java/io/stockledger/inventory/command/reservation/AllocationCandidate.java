package io.stockledger.inventory.command.reservation;

/**
 * An active warehouse that may serve lines naming no warehouse.
 *
 * @param warehouse warehouse code
 * @param priority  higher is preferred
 */
public record AllocationCandidate(String warehouse, int priority) {
}
