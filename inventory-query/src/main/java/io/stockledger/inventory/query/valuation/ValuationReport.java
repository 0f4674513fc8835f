package io.stockledger.inventory.query.valuation;

import java.util.List;

/**
 * The valuation of the stock on hand at weighted average cost.
 *
 * @param items  one line per stock item with units on hand, by SKU then warehouse
 * @param totals their totals
 */
public record ValuationReport(List<ValuationLine> items, ValuationTotals totals) {
}
