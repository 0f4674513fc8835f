package io.stockledger.inventory.query.report;

/** Query: the totals of all stock, for a dashboard. Answer: {@code StockSummary}. */
public record SummarizeStock() {
}
