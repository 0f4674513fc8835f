package io.stockledger.inventory.query.stock;

import io.stockledger.inventory.command.stock.BinAssigned;
import io.stockledger.inventory.command.stock.QuantityChanged;
import io.stockledger.inventory.command.stock.ReorderPolicyChanged;
import io.stockledger.inventory.command.stock.StockItemEvent;
import io.stockledger.inventory.command.stock.StockLevel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stock item's level at a past instant, computed from its events (never from a projection): the sum of
 * the changes of every event whose business time is ≤ that instant. Each event carries the quantities
 * after it, so an event's change is its quantities minus those of the event before it in the stream;
 * summing changes (rather than taking the last event's quantities) keeps the answer right when an event
 * was back-dated before earlier-recorded ones. Policy and bin: the last such event in stream order.
 */
public final class StockLevelAsOf {

    /**
     * One event of the stock item's stream.
     *
     * @param sequence   its sequence number in the stream (0, 1, 2, …)
     * @param event      the event
     * @param recordedAt when it was recorded; its business time when the event has none
     */
    public record Entry(long sequence, StockItemEvent event, Instant recordedAt) {

        Instant businessTime() {
            return event.occurredAt() == null ? recordedAt : event.occurredAt();
        }
    }

    private StockLevelAsOf() {
    }

    /**
     * @param sku       SKU code
     * @param warehouse warehouse code
     * @param history   the stock item's events in stream order
     * @param at        the instant
     * @return the level at {@code at} (all quantities 0, version −1 and no policy when no event is that old),
     *         or empty when the stock item has no events at all
     */
    public static Optional<StockLevel> at(String sku, String warehouse, List<Entry> history, Instant at) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        long onHand = 0, reserved = 0, damaged = 0, inTransit = 0;
        long prevOnHand = 0, prevReserved = 0, prevDamaged = 0, prevInTransit = 0;
        ReorderPolicyChanged policy = null;
        String bin = null;
        long version = -1;
        Instant updatedAt = null;
        for (Entry entry : history) {
            StockItemEvent event = entry.event();
            boolean included = !entry.businessTime().isAfter(at);
            if (event instanceof QuantityChanged changed) {
                var after = changed.after();
                if (included) {
                    onHand += after.onHand() - prevOnHand;
                    reserved += after.reserved() - prevReserved;
                    damaged += after.damaged() - prevDamaged;
                    inTransit += after.inTransit() - prevInTransit;
                }
                prevOnHand = after.onHand();
                prevReserved = after.reserved();
                prevDamaged = after.damaged();
                prevInTransit = after.inTransit();
            }
            if (!included) {
                continue;
            }
            if (event instanceof ReorderPolicyChanged changed) {
                policy = changed;
            } else if (event instanceof BinAssigned assigned) {
                bin = assigned.bin();
            }
            version = Math.max(version, entry.sequence());
            if (updatedAt == null || entry.businessTime().isAfter(updatedAt)) {
                updatedAt = entry.businessTime();
            }
        }
        return Optional.of(new StockLevel(sku, warehouse, onHand, reserved, onHand - reserved, inTransit, damaged,
                bin, policy == null ? null : policy.reorderPoint(), policy == null ? null : policy.reorderQuantity(),
                policy == null ? null : policy.safetyStock(), policy == null ? null : policy.maxStock(),
                policy == null ? null : policy.leadTimeDays(), version, updatedAt));
    }
}
