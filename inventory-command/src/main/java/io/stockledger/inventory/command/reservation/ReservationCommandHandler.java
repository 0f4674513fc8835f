package io.stockledger.inventory.command.reservation;

import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.Shortage;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.stock.ReleaseReservedStock;
import io.stockledger.inventory.command.stock.ReserveStock;
import io.stockledger.inventory.command.stock.ShipReservedStock;
import io.stockledger.inventory.command.stock.StockItem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The process of an order's reservation over several stock items. Each command runs in one Axon unit of
 * work bound to one database transaction: every stock item it touches and the reservation change
 * together, or none does. Hence all lines or none, no partial hold after a crash (the transaction never
 * committed), and no compensation to run.
 *
 * <p>Stock items are loaded in the order of their identifiers so that two orders over the same items
 * always take the aggregate locks in the same order and cannot deadlock. Across service instances the
 * event store's unique (aggregate, sequence) key turns a race into a retried concurrency failure.
 */
public class ReservationCommandHandler {

    private final Repository<StockItem> stockItems;
    private final Repository<Reservation> reservations;

    /**
     * @param stockItems   the stock item repository (event sourced, cached)
     * @param reservations the reservation repository
     */
    public ReservationCommandHandler(Repository<StockItem> stockItems, Repository<Reservation> reservations) {
        this.stockItems = stockItems;
        this.reservations = reservations;
    }

    /**
     * Allocate and hold every line, then record the reservation. Lines naming a warehouse are held there;
     * the others are allocated over the candidate warehouses by the rule of docs/reservations.md: highest
     * priority first, then most available, then warehouse code, splitting a line when no single warehouse
     * has enough. Every stock item that may serve the order is locked and read first (its aggregate is the
     * judge, never a projection); only when every line is covered is anything applied.
     *
     * @param command the order
     * @return the placed reservation, status {@code RESERVED} (for a retried {@code idempotent} command
     *         whose reservation exists: that reservation, whatever its status)
     * @throws InsufficientStockException naming every short line; nothing is held
     */
    @CommandHandler
    public ReservationView handle(PlaceReservation command) {
        ReservationId reservationId = command.reservationId();
        if (command.idempotent()) {
            try {
                return reservations.load(reservationId.value()).invoke(Reservation::view);
            } catch (AggregateNotFoundException firstTime) {
                // not placed yet: place it now
            }
        }
        Map<LineKey, Long> merged = merge(command.lines());
        Map<StockItemId, Aggregate<StockItem>> items = lockAndLoad(merged.keySet(), command.candidates());
        Map<StockItemId, Long> remaining = new HashMap<>();
        items.forEach((id, item) -> remaining.put(id, item == null ? 0L : item.invoke(StockItem::available)));

        Map<StockItemId, Long> holds = new LinkedHashMap<>();
        Map<LineKey, Shortage> shortByLine = new HashMap<>();
        merged.forEach((line, quantity) -> {
            if (line.warehouse() != null) {
                StockItemId id = new StockItemId(line.sku(), line.warehouse());
                long available = remaining.get(id);
                if (available < quantity) {
                    shortByLine.put(line, new Shortage(line.sku().value(), line.warehouse().value(), quantity,
                            available));
                } else {
                    remaining.put(id, available - quantity);
                    holds.merge(id, quantity, Long::sum);
                }
            }
        });
        merged.forEach((line, quantity) -> {
            if (line.warehouse() == null) {
                List<StockItemId> order = candidatesFor(line.sku(), command.candidates(), remaining);
                long total = order.stream().mapToLong(remaining::get).sum();
                if (total < quantity) {
                    shortByLine.put(line, new Shortage(line.sku().value(), null, quantity, total));
                    return;
                }
                long needed = quantity;
                for (StockItemId id : order) {
                    long take = Math.min(needed, remaining.get(id));
                    if (take > 0) {
                        remaining.put(id, remaining.get(id) - take);
                        holds.merge(id, take, Long::sum);
                        needed -= take;
                    }
                }
            }
        });
        List<Shortage> shortages = merged.keySet().stream().filter(shortByLine::containsKey)
                .map(shortByLine::get).toList();
        if (!shortages.isEmpty()) {
            throw new InsufficientStockException("not enough stock for " + shortages.size() + " of "
                    + merged.size() + " lines of order " + command.orderId(), shortages);
        }

        List<Allocation> allocations = new ArrayList<>();
        holds.forEach((id, quantity) -> {
            items.get(id).execute(stock -> stock.handle(
                    new ReserveStock(id, reservationId, new Quantity(quantity), command.occurredAt())));
            allocations.add(new Allocation(id.sku().value(), id.warehouse().value(), quantity));
        });
        List<RequestedLine> requested = new ArrayList<>();
        merged.forEach((line, quantity) -> requested.add(new RequestedLine(line.sku().value(),
                line.warehouse() == null ? null : line.warehouse().value(), quantity)));
        ReservationPlaced placed = new ReservationPlaced(reservationId.value(), command.orderId(), allocations,
                command.expiresAt(), command.occurredAt(), requested);
        try {
            return reservations.newInstance(() -> new Reservation(placed)).invoke(Reservation::view);
        } catch (Exception e) {
            throw new IllegalStateException("could not record reservation " + reservationId, e);
        }
    }

    /**
     * Release the holds of a reservation whose time has run out; a no-op unless it is open and due.
     *
     * @param command the reservation and the current time
     * @return the reservation as it is afterwards
     * @throws UnknownReservationException when there is no such reservation
     */
    @CommandHandler
    public ReservationView handle(ExpireReservation command) {
        Aggregate<Reservation> reservation = load(command.reservationId());
        List<Allocation> allocations = reservation.invoke(r -> r.expire(command.now()));
        Instant expiredAt = reservation.invoke(r -> r.view().expiresAt());
        forEachStockItem(allocations, (item, stock) -> stock.execute(s -> s.handle(
                new ReleaseReservedStock(item, command.reservationId(), "EXPIRED", expiredAt))));
        return reservation.invoke(Reservation::view);
    }

    /**
     * Ship every allocation of an open reservation.
     *
     * @param command the reservation
     * @return the reservation, status {@code SHIPPED}
     * @throws UnknownReservationException when there is no such reservation
     * @throws ReservationNotOpenException when it is not {@code RESERVED}
     */
    @CommandHandler
    public ReservationView handle(ShipReservation command) {
        Aggregate<Reservation> reservation = load(command.reservationId());
        List<Allocation> allocations = reservation.invoke(r -> r.ship(command.occurredAt()));
        forEachStockItem(allocations, (item, stock) -> stock.execute(s -> s.handle(
                new ShipReservedStock(item, command.reservationId(), command.occurredAt()))));
        return reservation.invoke(Reservation::view);
    }

    /**
     * Drop every hold of an open reservation.
     *
     * @param command the reservation
     * @return the reservation, status {@code RELEASED}
     * @throws UnknownReservationException when there is no such reservation
     * @throws ReservationNotOpenException when it is not {@code RESERVED}
     */
    @CommandHandler
    public ReservationView handle(ReleaseReservation command) {
        Aggregate<Reservation> reservation = load(command.reservationId());
        List<Allocation> allocations = reservation.invoke(r -> r.release(command.occurredAt()));
        forEachStockItem(allocations, (item, stock) -> stock.execute(s -> s.handle(
                new ReleaseReservedStock(item, command.reservationId(), "RELEASED", command.occurredAt()))));
        return reservation.invoke(Reservation::view);
    }

    private Aggregate<Reservation> load(ReservationId id) {
        try {
            return reservations.load(id.value());
        } catch (AggregateNotFoundException e) {
            throw new UnknownReservationException(id.value());
        }
    }

    private void forEachStockItem(List<Allocation> allocations,
                                  BiConsumer<StockItemId, Aggregate<StockItem>> action) {
        allocations.stream()
                .map(a -> StockItemId.of(a.sku(), a.warehouse()))
                .sorted(Comparator.comparing(StockItemId::toString))
                .forEach(item -> action.accept(item, stockItems.load(item.toString())));
    }

    /** A merged line: a SKU in a warehouse, or a SKU anywhere ({@code warehouse} null). */
    private record LineKey(Sku sku, WarehouseCode warehouse) {
    }

    private static Map<LineKey, Long> merge(List<ReservationLine> lines) {
        Map<LineKey, Long> merged = new LinkedHashMap<>();
        for (ReservationLine line : lines) {
            long total = merged.merge(new LineKey(line.sku(), line.warehouse()), line.quantity().value(), Long::sum);
            if (total > Quantity.MAX) {
                throw new InvalidValueException("lines", "more than " + Quantity.MAX + " units of "
                        + line.sku() + " in one order");
            }
        }
        return merged;
    }

    /**
     * Locks and loads, in identifier order, every stock item that may serve the lines: the named ones
     * and, for lines naming none, the SKU in every candidate warehouse.
     *
     * @return each stock item, mapped to {@code null} when it has no history
     */
    private Map<StockItemId, Aggregate<StockItem>> lockAndLoad(Set<LineKey> lines,
                                                                List<AllocationCandidate> candidates) {
        Set<StockItemId> ids = new TreeSet<>(Comparator.comparing(StockItemId::toString));
        for (LineKey line : lines) {
            if (line.warehouse() != null) {
                ids.add(new StockItemId(line.sku(), line.warehouse()));
            } else {
                for (AllocationCandidate candidate : candidates) {
                    ids.add(new StockItemId(line.sku(), new WarehouseCode(candidate.warehouse())));
                }
            }
        }
        Map<StockItemId, Aggregate<StockItem>> items = new HashMap<>();
        for (StockItemId id : ids) {
            try {
                items.put(id, stockItems.load(id.toString()));
            } catch (AggregateNotFoundException e) {
                items.put(id, null);
            }
        }
        return items;
    }

    /** The SKU's candidate stock items: highest priority, then most available, then warehouse code. */
    private static List<StockItemId> candidatesFor(Sku sku, List<AllocationCandidate> candidates,
                                                   Map<StockItemId, Long> remaining) {
        Map<StockItemId, Integer> priority = new HashMap<>();
        for (AllocationCandidate c : candidates) {
            priority.put(new StockItemId(sku, new WarehouseCode(c.warehouse())), c.priority());
        }
        List<StockItemId> order = new ArrayList<>(priority.keySet());
        order.sort(Comparator.comparing((StockItemId id) -> priority.get(id)).reversed()
                .thenComparing(Comparator.comparing((StockItemId id) -> remaining.get(id)).reversed())
                .thenComparing(id -> id.warehouse().value()));
        return order;
    }
}
