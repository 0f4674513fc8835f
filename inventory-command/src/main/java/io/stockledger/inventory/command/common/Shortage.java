package io.stockledger.inventory.command.common;

/**
 * One stock item that cannot cover a request.
 *
 * @param sku       SKU code
 * @param warehouse warehouse code
 * @param requested units asked for
 * @param available units that could have been promised at the time (on hand − reserved), ≥ 0
 */
public record Shortage(String sku, String warehouse, long requested, long available) {
}
