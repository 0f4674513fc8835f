package io.stockledger.inventory.command.alert;

/**
 * The kinds of replenishment alert of a stock item (the contract's alert rules): {@code OUT_OF_STOCK} when
 * available = 0, {@code LOW_STOCK} when 0 &lt; available ≤ reorder point, {@code OVERSTOCK} when on hand &gt;
 * max stock.
 */
public enum AlertType {
    LOW_STOCK, OUT_OF_STOCK, OVERSTOCK
}
