package io.stockledger.inventory.api.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One Server-Sent Event of {@code GET /api/v1/stream}.
 *
 * @param id         the SSE {@code id:} (the event's global sequence)
 * @param name       the SSE {@code event:} name: {@code stock-level}, {@code reservation} or {@code alert}
 * @param data       the SSE {@code data:} (JSON)
 * @param stockItems the stock items it concerns, for the {@code sku} / {@code warehouse} filters; empty when
 *                   not known (then it passes only an unfiltered stream)
 */
public record StreamEvent(Long id, String name, ObjectNode data, List<StockItemKey> stockItems) {

    /** Stock level changes. */
    public static final String STOCK_LEVEL = "stock-level";
    /** Reservation status changes. */
    public static final String RESERVATION = "reservation";
    /** Alerts raised, acknowledged or resolved. */
    public static final String ALERT = "alert";

    /**
     * A stock item: SKU × warehouse.
     *
     * @param sku       SKU code
     * @param warehouse warehouse code
     */
    public record StockItemKey(String sku, String warehouse) {
    }

    /**
     * @param sku       the filter on SKU, or {@code null} for any
     * @param warehouse the filter on warehouse, or {@code null} for any
     * @return whether the event passes both filters
     */
    public boolean matches(String sku, String warehouse) {
        if (sku == null && warehouse == null) {
            return true;
        }
        return stockItems.stream().anyMatch(item -> (sku == null || sku.equals(item.sku()))
                && (warehouse == null || warehouse.equals(item.warehouse())));
    }
}
