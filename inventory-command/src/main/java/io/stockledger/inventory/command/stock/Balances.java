package io.stockledger.inventory.command.stock;

/**
 * The quantities of a stock item right after an event, in units of stock. Carried by every event that
 * changes a quantity, so that readers (projections, audits) never have to recompute them.
 *
 * @param onHand    units physically in the warehouse and sellable
 * @param reserved  units on hand promised to open reservations
 * @param damaged   units in quarantine, not sellable
 * @param inTransit units dispatched to this warehouse, not yet received
 */
public record Balances(long onHand, long reserved, long damaged, long inTransit) {

    /** @return on hand − reserved: what may still be promised */
    public long available() {
        return onHand - reserved;
    }
}
