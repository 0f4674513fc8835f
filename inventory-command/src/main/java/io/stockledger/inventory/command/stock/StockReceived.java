package io.stockledger.inventory.command.stock;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Units arrived (a purchase order, a production run) and are now on hand.
 *
 * @param sku        SKU code
 * @param warehouse  warehouse code
 * @param quantity   units received, ≥ 1
 * @param unitCost   cost per unit in the shop's currency, or {@code null} when not given
 * @param reference  the caller's reference (purchase order number), or {@code null}
 * @param occurredAt business time
 * @param after      quantities after the receipt
 */
public record StockReceived(String sku, String warehouse, long quantity, BigDecimal unitCost, String reference,
                            Instant occurredAt, Balances after) implements QuantityChanged {
}
