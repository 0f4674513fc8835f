package io.stockledger.inventory.query.valuation;

/**
 * Query: the valuation of the stock on hand, by stock item, ordered by SKU then warehouse. Answer:
 * {@code ValuationReport}.
 *
 * @param warehouse warehouse code or {@code null} for all
 */
public record FindValuation(String warehouse) {
}
