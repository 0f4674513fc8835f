package io.stockledger.inventory.query.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shipments and returns one unit of work of the {@code demand} processor handles, and the rule that
 * makes its adding writes idempotent. No database: the projection reads the stored positions, asks for the
 * {@link #changes changes} and writes them.
 * <p>
 * The rows of {@code daily_demand} are sums, and a sum counts a redelivered event twice. So the projection
 * keeps, per stock item, the sequence number of the last event it counted, and an event whose sequence
 * number is not above it — a redelivery, a replay over rows that were not reset — is skipped. This relies
 * on a stock item's events arriving in sequence order, which the processors' default sequencing policy
 * (sequential per aggregate) guarantees. Not thread-safe: one per unit of work.
 */
public final class DemandBatch {

    private final List<DemandEntry> entries = new ArrayList<>();

    /** @param entry a shipment or return, in the order the processor handles them */
    public void add(DemandEntry entry) {
        entries.add(entry);
    }

    /** @return whether no entry was added */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** @return the stock items of the entries, in the order first seen */
    public Set<StockItemKey> stockItems() {
        Set<StockItemKey> items = new LinkedHashSet<>();
        entries.forEach(e -> items.add(e.item()));
        return items;
    }

    /**
     * @param stored the last sequence number counted per stock item, as stored; an item not in the map has
     *               none counted yet
     * @return the units to add per stock item and day — summed over the entries whose sequence number is
     *         above the stock item's position, each counted once even when added twice — and the new
     *         positions
     */
    public DemandChanges changes(Map<StockItemKey, Long> stored) {
        Map<StockItemKey, Long> last = new LinkedHashMap<>();
        Map<StockItemKey, Map<LocalDate, DayTotal>> totals = new LinkedHashMap<>();
        for (DemandEntry entry : entries) {
            StockItemKey item = entry.item();
            Long counted = last.containsKey(item) ? last.get(item) : stored.get(item);
            if (counted != null && entry.sequence() <= counted) {
                continue;
            }
            last.put(item, entry.sequence());
            totals.computeIfAbsent(item, k -> new LinkedHashMap<>())
                    .merge(entry.day(), new DayTotal(item, entry.day(), entry.shipped(), entry.returned()),
                            (sum, added) -> sum.plus(entry));
        }
        List<DayTotal> days = totals.values().stream().map(Map::values).flatMap(Collection::stream).toList();
        List<PositionMove> positions = last.entrySet().stream()
                .map(e -> new PositionMove(e.getKey(), stored.get(e.getKey()), e.getValue()))
                .toList();
        return new DemandChanges(days, positions);
    }
}
