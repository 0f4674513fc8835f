package io.stockledger.inventory.command.stock;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One SKU in one warehouse: the unit of consistency, event sourced. It alone decides whether a change of
 * its quantities is allowed, and keeps these invariants at all times: on hand, reserved, damaged and in
 * transit ≥ 0; reserved ≤ on hand (available ≥ 0, no oversell); a reservation holds here at most once.
 *
 * <p>Each command handler checks its rules, then applies one event; event sourcing handlers only assign.
 * Every handler answers the resulting {@link StockLevel}. The aggregate is snapshotted and cached (see the
 * beans named below, configured in the service module).
 */
@Aggregate(snapshotTriggerDefinition = "stockItemSnapshotTrigger", cache = "stockItemCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class StockItem {

    @AggregateIdentifier
    private String id;
    private String sku;
    private String warehouse;
    private long onHand;
    private long reserved;
    private long damaged;
    private long inTransit;
    private String bin;
    private ReorderPolicy policy;
    /** Open holds here: reservation or transfer id → units held. */
    private Map<String, Long> holds = new HashMap<>();
    /** Transfers on their way here: transfer id → units in transit. */
    private Map<String, Long> inbound = new HashMap<>();
    private long version = -1;
    private Instant updatedAt;
    /** Whether on hand is what the last count found: a count recorded it and no event has changed it since. */
    private boolean onHandCounted;

    /**
     * An empty stock item, given its identity by its first event: for Axon (creation policy, event
     * sourcing, snapshots) and for processes that create one through {@code Repository.loadOrCreate}.
     */
    public StockItem() {
    }

    /** Receipt: on hand up by the quantity; a bin that differs from the current one is assigned too. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevel handle(ReceiveStock command) {
        StockItemId item = command.stockItemId();
        long quantity = command.quantity().value();
        BigDecimal unitCost = command.unitCost() == null ? null : command.unitCost().stripTrailingZeros();
        apply(new StockReceived(item.sku().value(), item.warehouse().value(), quantity, unitCost,
                command.reference(), command.occurredAt(),
                new Balances(Math.addExact(onHand, quantity), reserved, damaged, inTransit)));
        if (command.bin() != null && !command.bin().value().equals(bin)) {
            apply(new BinAssigned(item.sku().value(), item.warehouse().value(), command.bin().value(),
                    command.occurredAt()));
        }
        return level();
    }

    /** Customer return: sellable units back on hand, damaged ones to damaged. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevel handle(ReturnStock command) {
        StockItemId item = command.stockItemId();
        long quantity = command.quantity().value();
        Balances after = command.condition() == ReturnCondition.SELLABLE
                ? new Balances(Math.addExact(onHand, quantity), reserved, damaged, inTransit)
                : new Balances(onHand, reserved, Math.addExact(damaged, quantity), inTransit);
        apply(new StockReturned(item.sku().value(), item.warehouse().value(), quantity, command.orderId(),
                command.condition(), command.occurredAt(), after));
        return level();
    }

    /** Damage: on hand → damaged, only out of available units. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevel handle(RecordDamage command) {
        StockItemId item = command.stockItemId();
        long quantity = command.quantity().value();
        new StockMustCover(item.sku().value(), item.warehouse().value(), quantity, available()).verify("damage");
        apply(new StockDamaged(item.sku().value(), item.warehouse().value(), quantity, command.reason(), command.occurredAt(),
                new Balances(onHand - quantity, reserved, damaged + quantity, inTransit)));
        return level();
    }

    /** Signed adjustment of on hand; a decrease only out of available units. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevel handle(AdjustStock command) {
        StockItemId item = command.stockItemId();
        if (command.delta() < 0) {
            new StockMustCover(item.sku().value(), item.warehouse().value(), -command.delta(), available())
                    .verify("remove");
        }
        apply(new StockAdjusted(item.sku().value(), item.warehouse().value(), command.delta(), command.reason(),
                command.occurredAt(), new Balances(Math.addExact(onHand, command.delta()), reserved, damaged,
                inTransit)));
        return level();
    }

    /**
     * Cycle count: on hand set to the counted units, never below what is reserved. A count that finds on hand
     * unchanged since the previous count (the same units, nothing moved on hand in between) adds nothing and
     * is not recorded again, so re-sending a count (a re-uploaded count file) is a no-op.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevel handle(CountStock command) {
        StockItemId item = command.stockItemId();
        long counted = command.countedQuantity();
        if (onHandCounted && counted == onHand) {
            return level();
        }
        if (counted < reserved) {
            new StockMustCover(item.sku().value(), item.warehouse().value(), onHand - counted, available())
                    .verify("count " + counted + " (" + reserved + " reserved) and so remove");
        }
        apply(new StockCounted(item.sku().value(), item.warehouse().value(), counted, counted - onHand,
                command.reason(), command.occurredAt(), new Balances(counted, reserved, damaged, inTransit)));
        return level();
    }

    /** Replenishment policy; creates the stock item when it has none yet. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevel handle(ChangeReorderPolicy command) {
        StockItemId item = command.stockItemId();
        ReorderPolicy p = command.policy();
        if (!p.equals(policy)) {
            apply(new ReorderPolicyChanged(item.sku().value(), item.warehouse().value(), p.reorderPoint(),
                    p.reorderQuantity(), p.safetyStock(), p.maxStock(), p.leadTimeDays(), command.occurredAt()));
        }
        return level();
    }

    /**
     * Hold units for a reservation, only out of available units. The same reservation with the same
     * quantity again is a no-op; with another quantity it is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevel handle(ReserveStock command) {
        StockItemId item = command.stockItemId();
        String reservationId = command.reservationId().value();
        long quantity = command.quantity().value();
        Long held = holds.get(reservationId);
        if (held != null) {
            if (held != quantity) {
                throw new InvalidValueException("quantity", "reservation " + reservationId + " already holds "
                        + held + " units of " + sku + " in " + warehouse);
            }
            return level();
        }
        new StockMustCover(item.sku().value(), item.warehouse().value(), quantity, available()).verify("reserve");
        apply(new StockReserved(item.sku().value(), item.warehouse().value(), reservationId, quantity, command.occurredAt(),
                new Balances(onHand, reserved + quantity, damaged, inTransit)));
        return level();
    }

    /** Ship what a reservation holds here: it leaves on hand and reserved. No hold here: no-op. */
    @CommandHandler
    public StockLevel handle(ShipReservedStock command) {
        String reservationId = command.reservationId().value();
        Long held = holds.get(reservationId);
        if (held != null) {
            apply(new StockShipped(sku, warehouse, reservationId, held, command.occurredAt(),
                    new Balances(onHand - held, reserved - held, damaged, inTransit)));
        }
        return level();
    }

    /** Drop a reservation's hold here. No hold here: no-op. */
    @CommandHandler
    public StockLevel handle(ReleaseReservedStock command) {
        String reservationId = command.reservationId().value();
        Long held = holds.get(reservationId);
        if (held != null) {
            apply(new StockReleased(sku, warehouse, reservationId, held, command.reason(), command.occurredAt(),
                    new Balances(onHand, reserved - held, damaged, inTransit)));
        }
        return level();
    }

    /**
     * Hold available units for a transfer from here. The same transfer with the same quantity again is a
     * no-op; with another quantity it is refused.
     *
     * @throws InsufficientStockException when fewer units are available
     * @throws InvalidValueException      when the transfer already holds another quantity here
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevel handle(ReserveStockForTransfer command) {
        StockItemId item = command.stockItemId();
        String transferId = command.transferId().value();
        long quantity = command.quantity().value();
        Long held = holds.get(transferId);
        if (held != null) {
            if (held != quantity) {
                throw new InvalidValueException("quantity", "transfer " + transferId + " already holds " + held
                        + " units of " + sku + " in " + warehouse);
            }
            return level();
        }
        new StockMustCover(item.sku().value(), item.warehouse().value(), quantity, available())
                .verify("reserve for transfer");
        apply(new StockReservedForTransfer(item.sku().value(), item.warehouse().value(), transferId, quantity,
                command.occurredAt(), new Balances(onHand, reserved + quantity, damaged, inTransit)));
        return level();
    }

    /** Drop a cancelled transfer's hold here. No hold here: no-op. */
    @CommandHandler
    public StockLevel handle(ReleaseStockFromTransfer command) {
        String transferId = command.transferId().value();
        Long held = holds.get(transferId);
        if (held != null) {
            apply(new StockReleasedFromTransfer(sku, warehouse, transferId, held, command.occurredAt(),
                    new Balances(onHand, reserved - held, damaged, inTransit)));
        }
        return level();
    }

    /** Dispatch what a transfer holds here: it leaves on hand and reserved. No hold here: no-op. */
    @CommandHandler
    public StockLevel handle(TransferStockOut command) {
        String transferId = command.transferId().value();
        Long held = holds.get(transferId);
        if (held != null) {
            apply(new StockTransferredOut(sku, warehouse, transferId, command.destination().value(), held,
                    command.occurredAt(), new Balances(onHand - held, reserved - held, damaged, inTransit)));
        }
        return level();
    }

    /** Units of a transfer are on their way here: in transit up. Already in transit: no-op. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevel handle(AddInTransitStock command) {
        StockItemId item = command.stockItemId();
        String transferId = command.transferId().value();
        if (!inbound.containsKey(transferId)) {
            long quantity = command.quantity().value();
            apply(new InTransitStockAdded(item.sku().value(), item.warehouse().value(), transferId,
                    command.source().value(), quantity, command.trackingNumber(), command.occurredAt(),
                    new Balances(onHand, reserved, damaged, Math.addExact(inTransit, quantity))));
        }
        return level();
    }

    /** Receive a transfer here: its units leave in transit, the received ones go on hand. Not in transit: no-op. */
    @CommandHandler
    public StockLevel handle(TransferStockIn command) {
        String transferId = command.transferId().value();
        Long expected = inbound.get(transferId);
        if (expected != null) {
            apply(new StockTransferredIn(sku, warehouse, transferId, command.source().value(), expected,
                    command.received(), command.occurredAt(),
                    new Balances(Math.addExact(onHand, command.received()), reserved, damaged, inTransit - expected)));
        }
        return level();
    }

    /** Record in this source's ledger that a transfer from here arrived short or over; no quantity changes. */
    @CommandHandler
    public StockLevel handle(RecordTransferDiscrepancy command) {
        apply(new TransferDiscrepancyRecorded(sku, warehouse, command.transferId().value(),
                command.destination().value(), command.expected(), command.received(), command.occurredAt(),
                new Balances(onHand, reserved, damaged, inTransit)));
        return level();
    }

    /** @return units a reservation holds here, 0 when none */
    public long heldFor(String reservationId) {
        return holds.getOrDefault(reservationId, 0L);
    }

    /** @return on hand − reserved */
    public long available() {
        return onHand - reserved;
    }

    /** @return the current state as clients see it */
    public StockLevel level() {
        return new StockLevel(sku, warehouse, onHand, reserved, available(), inTransit, damaged, bin,
                policy == null ? null : policy.reorderPoint(), policy == null ? null : policy.reorderQuantity(),
                policy == null ? null : policy.safetyStock(), policy == null ? null : policy.maxStock(),
                policy == null ? null : policy.leadTimeDays(), version, updatedAt);
    }

    @EventSourcingHandler
    void on(QuantityChanged event, @SequenceNumber long sequence) {
        track(event, sequence);
        assign(event.after());
    }

    @EventSourcingHandler
    void on(StockCounted event, @SequenceNumber long sequence) {
        track(event, sequence);
        assign(event.after());
        onHandCounted = true;
    }

    @EventSourcingHandler
    void on(StockReserved event, @SequenceNumber long sequence) {
        track(event, sequence);
        assign(event.after());
        holds.put(event.reservationId(), event.quantity());
    }

    @EventSourcingHandler
    void on(StockShipped event, @SequenceNumber long sequence) {
        track(event, sequence);
        assign(event.after());
        holds.remove(event.reservationId());
    }

    @EventSourcingHandler
    void on(StockReleased event, @SequenceNumber long sequence) {
        track(event, sequence);
        assign(event.after());
        holds.remove(event.reservationId());
    }

    @EventSourcingHandler
    void on(StockReservedForTransfer event, @SequenceNumber long sequence) {
        track(event, sequence);
        assign(event.after());
        holds.put(event.transferId(), event.quantity());
    }

    @EventSourcingHandler
    void on(StockReleasedFromTransfer event, @SequenceNumber long sequence) {
        track(event, sequence);
        assign(event.after());
        holds.remove(event.transferId());
    }

    @EventSourcingHandler
    void on(StockTransferredOut event, @SequenceNumber long sequence) {
        track(event, sequence);
        assign(event.after());
        holds.remove(event.transferId());
    }

    @EventSourcingHandler
    void on(InTransitStockAdded event, @SequenceNumber long sequence) {
        track(event, sequence);
        assign(event.after());
        inbound.put(event.transferId(), event.quantity());
    }

    @EventSourcingHandler
    void on(StockTransferredIn event, @SequenceNumber long sequence) {
        track(event, sequence);
        assign(event.after());
        inbound.remove(event.transferId());
    }

    @EventSourcingHandler
    void on(ReorderPolicyChanged event, @SequenceNumber long sequence) {
        track(event, sequence);
        policy = new ReorderPolicy(event.reorderPoint(), event.reorderQuantity(), event.safetyStock(),
                event.maxStock(), event.leadTimeDays());
    }

    @EventSourcingHandler
    void on(BinAssigned event, @SequenceNumber long sequence) {
        track(event, sequence);
        bin = event.bin();
    }

    private void track(StockItemEvent event, long sequence) {
        if (id == null) {
            sku = event.sku();
            warehouse = event.warehouse();
            id = StockItemId.of(sku, warehouse).toString();
        }
        version = sequence;
        if (event.occurredAt() != null) {
            updatedAt = event.occurredAt();
        }
    }

    private void assign(Balances after) {
        if (after.onHand() != onHand) {
            onHandCounted = false;
        }
        onHand = after.onHand();
        reserved = after.reserved();
        damaged = after.damaged();
        inTransit = after.inTransit();
    }
}
