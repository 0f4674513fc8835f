package io.stockledger.inventory.api.admin;

import io.stockledger.inventory.command.reservation.ReservationExpired;
import io.stockledger.inventory.command.reservation.ReservationPlaced;
import io.stockledger.inventory.command.reservation.ReservationReleased;
import io.stockledger.inventory.command.reservation.ReservationShipped;
import io.stockledger.inventory.command.reservation.ReservationStatus;
import io.stockledger.inventory.command.stock.BinAssigned;
import io.stockledger.inventory.command.stock.QuantityChanged;
import io.stockledger.inventory.command.stock.ReorderPolicyChanged;
import io.stockledger.inventory.command.stock.StockItemEvent;
import io.stockledger.inventory.command.transfer.TransferCancelled;
import io.stockledger.inventory.command.transfer.TransferDispatched;
import io.stockledger.inventory.command.transfer.TransferReceived;
import io.stockledger.inventory.command.transfer.TransferRequested;
import io.stockledger.inventory.command.transfer.TransferStatus;
import io.stockledger.inventory.command.warehouse.WarehouseActivated;
import io.stockledger.inventory.command.warehouse.WarehouseCreated;
import io.stockledger.inventory.command.warehouse.WarehouseDeactivated;
import io.stockledger.inventory.command.warehouse.WarehouseUpdated;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.util.HashMap;
import java.util.Map;

/**
 * The whole event store folded into fresh in-memory state, independent of every projection and aggregate:
 * what each should say. Used by {@link Reconciliation}.
 */
final class LedgerFold {

    /** A stock item as its events say it is. */
    static final class Item {
        String sku;
        String warehouse;
        long onHand, reserved, damaged, inTransit;
        long version = -1;
        String bin;
        ReorderPolicyChanged policy;
    }

    /** A reservation's, transfer's or warehouse's status and last sequence number. */
    record Status(String value, long sequence) {
    }

    final Map<String, Item> stockItems = new HashMap<>();
    final Map<String, Status> reservations = new HashMap<>();
    final Map<String, Status> transfers = new HashMap<>();
    /** Warehouse code → "active|priority". */
    final Map<String, Status> warehouses = new HashMap<>();
    long events;

    /** @param message the next event in commit order */
    void apply(EventMessage<?> message) {
        events++;
        if (!(message instanceof DomainEventMessage<?> domain)) {
            return;
        }
        long sequence = domain.getSequenceNumber();
        Object payload = domain.getPayload();
        String id = domain.getAggregateIdentifier();
        if (payload instanceof StockItemEvent event) {
            Item item = stockItems.computeIfAbsent(id, k -> new Item());
            item.sku = event.sku();
            item.warehouse = event.warehouse();
            item.version = sequence;
            if (event instanceof QuantityChanged changed) {
                item.onHand = changed.after().onHand();
                item.reserved = changed.after().reserved();
                item.damaged = changed.after().damaged();
                item.inTransit = changed.after().inTransit();
            } else if (event instanceof ReorderPolicyChanged policy) {
                item.policy = policy;
            } else if (event instanceof BinAssigned bin) {
                item.bin = bin.bin();
            }
        } else if (payload instanceof ReservationPlaced) {
            reservations.put(id, new Status(ReservationStatus.RESERVED.name(), sequence));
        } else if (payload instanceof ReservationShipped) {
            reservations.put(id, new Status(ReservationStatus.SHIPPED.name(), sequence));
        } else if (payload instanceof ReservationReleased) {
            reservations.put(id, new Status(ReservationStatus.RELEASED.name(), sequence));
        } else if (payload instanceof ReservationExpired) {
            reservations.put(id, new Status(ReservationStatus.EXPIRED.name(), sequence));
        } else if (payload instanceof TransferRequested) {
            transfers.put(id, new Status(TransferStatus.REQUESTED.name(), sequence));
        } else if (payload instanceof TransferDispatched) {
            transfers.put(id, new Status(TransferStatus.IN_TRANSIT.name(), sequence));
        } else if (payload instanceof TransferReceived) {
            transfers.put(id, new Status(TransferStatus.COMPLETED.name(), sequence));
        } else if (payload instanceof TransferCancelled) {
            transfers.put(id, new Status(TransferStatus.CANCELLED.name(), sequence));
        } else if (payload instanceof WarehouseCreated created) {
            warehouses.put(id, new Status(warehouse(created.active(), created.priority()), sequence));
        } else if (payload instanceof WarehouseUpdated updated) {
            warehouses.put(id, new Status(warehouse(active(id), updated.priority()), sequence));
        } else if (payload instanceof WarehouseDeactivated) {
            warehouses.put(id, new Status(warehouse(false, priority(id)), sequence));
        } else if (payload instanceof WarehouseActivated) {
            warehouses.put(id, new Status(warehouse(true, priority(id)), sequence));
        }
    }

    /** @return a warehouse's compared fields as one value */
    static String warehouse(boolean active, int priority) {
        return (active ? "active" : "inactive") + "|priority " + priority;
    }

    private boolean active(String code) {
        Status s = warehouses.get(code);
        return s != null && s.value().startsWith("active");
    }

    private int priority(String code) {
        Status s = warehouses.get(code);
        return s == null ? 0 : Integer.parseInt(s.value().substring(s.value().indexOf("priority ") + 9));
    }
}
