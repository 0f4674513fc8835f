package io.stockledger.inventory.command.reservation;

/**
 * A line as the order asked for it (after merging repeated lines), kept on the reservation so that a
 * repeated request can be recognised.
 *
 * @param sku       SKU code
 * @param warehouse warehouse code, or {@code null} when the service allocated it
 * @param quantity  units asked for
 */
public record RequestedLine(String sku, String warehouse, long quantity) {
}
