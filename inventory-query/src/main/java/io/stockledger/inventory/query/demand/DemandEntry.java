package io.stockledger.inventory.query.demand;

import io.stockledger.inventory.command.stock.StockReturned;
import io.stockledger.inventory.command.stock.StockShipped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What one stock item event adds to its day of demand: the units of a shipment or of a return, on the UTC
 * calendar day of the event's business time ({@code occurredAt}), so a back-dated event counts on the day
 * it happened, not the day it was recorded.
 *
 * @param item     the stock item
 * @param sequence the event's sequence number in the stock item's stream (Axon's {@code @SequenceNumber})
 * @param day      the UTC date of the business time
 * @param shipped  units shipped to customers, ≥ 0
 * @param returned units customers sent back (sellable or damaged), ≥ 0
 */
public record DemandEntry(StockItemKey item, long sequence, LocalDate day, long shipped, long returned) {

    public DemandEntry {
        if (shipped < 0 || returned < 0) {
            throw new IllegalArgumentException("shipped and returned must be ≥ 0, got " + shipped + " and " + returned);
        }
    }

    /**
     * @param e        the shipment
     * @param sequence its sequence number in the stock item's stream
     * @return its units as shipped on its day
     */
    public static DemandEntry of(StockShipped e, long sequence) {
        return new DemandEntry(new StockItemKey(e.sku(), e.warehouse()), sequence, dayOf(e.occurredAt()),
                e.quantity(), 0);
    }

    /**
     * @param e        the return, of either condition: a damaged unit came back from a customer just as well
     * @param sequence its sequence number in the stock item's stream
     * @return its units as returned on its day
     */
    public static DemandEntry of(StockReturned e, long sequence) {
        return new DemandEntry(new StockItemKey(e.sku(), e.warehouse()), sequence, dayOf(e.occurredAt()), 0,
                e.quantity());
    }

    /**
     * @param occurredAt a business time
     * @return its calendar date in UTC
     */
    public static LocalDate dayOf(Instant occurredAt) {
        return LocalDate.ofInstant(occurredAt, ZoneOffset.UTC);
    }
}
