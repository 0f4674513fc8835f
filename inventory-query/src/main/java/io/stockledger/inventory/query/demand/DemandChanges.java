package io.stockledger.inventory.query.demand;

import java.util.List;

/**
 * What a unit of work writes to the demand tables.
 *
 * @param days      units to add per stock item and day, only from events not counted before
 * @param positions the stock items whose position moves, with the position it must still have (the write
 *                  is a compare-and-set)
 */
public record DemandChanges(List<DayTotal> days, List<PositionMove> positions) {

    public DemandChanges {
        days = List.copyOf(days);
        positions = List.copyOf(positions);
    }

    /** @return whether there is nothing to write */
    public boolean isEmpty() {
        return days.isEmpty() && positions.isEmpty();
    }
}
