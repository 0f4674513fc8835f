package io.stockledger.inventory.command.reservation;

import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.Shortage;
import io.stockledger.inventory.command.common.StockItemId;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Hold every line, then record the reservation.
     *
     * @param command the order's lines (lines for the same stock item are merged)
     * @return the placed reservation, status {@code RESERVED}
     * @throws InsufficientStockException naming every short line; nothing is held
     */
    @CommandHandler
    public ReservationView handle(PlaceReservation command) {
        Map<StockItemId, Long> merged = merge(command.lines());
        ReservationId reservationId = command.reservationId();
        List<Shortage> shortages = new ArrayList<>();
        List<Allocation> allocations = new ArrayList<>();
        merged.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().toString()))
                .forEach(line -> {
                    StockItemId item = line.getKey();
                    long quantity = line.getValue();
                    try {
                        stockItems.load(item.toString()).execute(stock -> stock.handle(
                                new ReserveStock(item, reservationId, new Quantity(quantity), command.occurredAt())));
                    } catch (AggregateNotFoundException e) {
                        shortages.add(new Shortage(item.sku().value(), item.warehouse().value(), quantity, 0));
                    } catch (InsufficientStockException e) {
                        shortages.addAll(e.shortages());
                    }
                });
        if (!shortages.isEmpty()) {
            shortages.sort(Comparator.comparing(s -> order(merged, s)));
            throw new InsufficientStockException("not enough stock for " + shortages.size() + " of "
                    + merged.size() + " lines of order " + command.orderId(), shortages);
        }
        merged.forEach((item, quantity) ->
                allocations.add(new Allocation(item.sku().value(), item.warehouse().value(), quantity)));
        ReservationPlaced placed = new ReservationPlaced(reservationId.value(), command.orderId(),
                allocations, command.expiresAt(), command.occurredAt());
        try {
            return reservations.newInstance(() -> new Reservation(placed)).invoke(Reservation::view);
        } catch (Exception e) {
            throw new IllegalStateException("could not record reservation " + reservationId, e);
        }
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

    private static Map<StockItemId, Long> merge(List<ReservationLine> lines) {
        Map<StockItemId, Long> merged = new LinkedHashMap<>();
        for (ReservationLine line : lines) {
            long total = merged.merge(line.stockItemId(), line.quantity().value(), Long::sum);
            if (total > Quantity.MAX) {
                throw new InvalidValueException("lines", "more than " + Quantity.MAX + " units of "
                        + line.stockItemId() + " in one order");
            }
        }
        return merged;
    }

    private static int order(Map<StockItemId, Long> merged, Shortage shortage) {
        int i = 0;
        for (StockItemId item : merged.keySet()) {
            if (item.sku().value().equals(shortage.sku()) && item.warehouse().value().equals(shortage.warehouse())) {
                return i;
            }
            i++;
        }
        return i;
    }
}
