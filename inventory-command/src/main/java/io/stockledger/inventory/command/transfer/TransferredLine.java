package io.stockledger.inventory.command.transfer;

/**
 * One SKU of a transfer, as its events record it.
 *
 * @param sku      SKU code
 * @param quantity units requested and held at the source, ≥ 1
 */
public record TransferredLine(String sku, long quantity) {
}
