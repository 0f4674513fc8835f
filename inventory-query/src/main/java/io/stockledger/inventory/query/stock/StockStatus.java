package io.stockledger.inventory.query.stock;

/**
 * The replenishment state of a stock item, as in the alert rules of the contract: {@code OUT} when
 * available = 0; {@code LOW} when 0 &lt; available ≤ reorder point; {@code OVER} when on hand &gt; max
 * stock; {@code OK} when none of these holds.
 */
public enum StockStatus {
    LOW("on_hand - reserved > 0 AND reorder_point IS NOT NULL AND on_hand - reserved <= reorder_point"),
    OUT("on_hand - reserved <= 0"),
    OVER("max_stock IS NOT NULL AND on_hand > max_stock"),
    OK("NOT (on_hand - reserved <= 0) AND NOT (reorder_point IS NOT NULL AND on_hand - reserved <= reorder_point)"
            + " AND NOT (max_stock IS NOT NULL AND on_hand > max_stock)");

    private final String condition;

    StockStatus(String condition) {
        this.condition = condition;
    }

    /** @return the SQL condition over the {@code stock_level} columns */
    String condition() {
        return condition;
    }
}
