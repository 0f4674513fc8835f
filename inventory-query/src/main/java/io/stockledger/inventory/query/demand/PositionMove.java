package io.stockledger.inventory.query.demand;

/**
 * How far {@code daily_demand} has got in one stock item's event stream, before and after a unit of work:
 * the sequence number of the last shipment or return it counted.
 *
 * @param item the stock item
 * @param from the last sequence counted before, or {@code null} when none of its events was counted yet
 * @param to   the last sequence counted after, greater than {@code from}
 */
public record PositionMove(StockItemKey item, Long from, long to) {

    public PositionMove {
        if (from != null && to <= from) {
            throw new IllegalArgumentException("a position only moves forward, not from " + from + " to " + to);
        }
    }
}
