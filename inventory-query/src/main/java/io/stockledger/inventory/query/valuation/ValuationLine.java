package io.stockledger.inventory.query.valuation;

import java.math.BigDecimal;

/**
 * The value of one stock item's units on hand.
 *
 * @param sku             SKU code
 * @param warehouse       warehouse code
 * @param quantity        units on hand
 * @param averageUnitCost weighted average cost per unit, scale 4, or {@code null} when no receipt had a cost
 * @param value           quantity × average unit cost, scale 2, or {@code null} when no cost is known
 */
public record ValuationLine(String sku, String warehouse, long quantity, BigDecimal averageUnitCost,
                            BigDecimal value) {
}
