package io.stockledger.inventory.query.valuation;

import java.math.BigDecimal;

/**
 * Totals of a valuation.
 *
 * @param quantity         units on hand over all lines
 * @param value            sum of the lines' values, scale 2 (lines without a known cost add nothing)
 * @param unvaluedQuantity units on hand of lines without a known cost
 */
public record ValuationTotals(long quantity, BigDecimal value, long unvaluedQuantity) {
}
