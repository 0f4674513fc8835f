package io.stockledger.inventory.api.admin;

import io.stockledger.inventory.api.problem.NotAvailableException;
import io.stockledger.inventory.command.reservation.Reservation;
import io.stockledger.inventory.command.stock.StockItem;
import io.stockledger.inventory.command.stock.StockLevel;
import io.stockledger.inventory.command.transfer.Transfer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Replays the whole event store into fresh in-memory state ({@link LedgerFold}) and compares it with every
 * projection table (stock levels, movement sums, reservations, transfers, warehouses) and every aggregate
 * (stock items, reservations, transfers — loaded through their repositories, so snapshots and caches are
 * checked too). It first lets the projections catch up with the folded events (up to 30 s). A difference
 * on an aggregate that received new events during the check is dropped and counted, not reported: run it
 * on a quiet system for an exact answer.
 *
 * <p>It reads the PostgreSQL event store directly: with Axon Server as the event store (profile
 * {@code axonserver}) it answers 501 {@code /problems/not-available}.
 */
@Component
public class Reconciliation {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    /** The PostgreSQL event store's engine; null with Axon Server. */
    private final EventStorageEngine storage;
    private final JdbcTemplate jdbc;
    private final Projections projections;
    private final Repository<StockItem> stockItems;
    private final Repository<Reservation> reservations;
    private final Repository<Transfer> transfers;
    private final Clock clock;

    Reconciliation(ObjectProvider<EventStorageEngine> storage, JdbcTemplate jdbc, Projections projections,
                   @Qualifier("stockItemRepository") Repository<StockItem> stockItems,
                   @Qualifier("reservationRepository") Repository<Reservation> reservations,
                   @Qualifier("transferRepository") Repository<Transfer> transfers, Clock clock) {
        this.storage = storage.getIfAvailable();
        this.jdbc = jdbc;
        this.projections = projections;
        this.stockItems = stockItems;
        this.reservations = reservations;
        this.transfers = transfers;
        this.clock = clock;
    }

    /** @return every difference between the events and the projections and aggregates */
    public ReconciliationReport run() {
        if (storage == null) {
            throw NotAvailableException.withAxonServer("reconciliation");
        }
        long started = System.nanoTime();
        LedgerFold fold = new LedgerFold();
        long[] head = {-1};
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            events.forEachOrdered(event -> {
                fold.apply(event);
                head[0] = Math.max(head[0], event.trackingToken().position().orElse(-1));
            });
        }
        awaitProjections(head[0]);
        List<Difference> found = new ArrayList<>();
        compareStockLevels(fold, found);
        compareMovements(fold, found);
        compareStatuses("reservation", "SELECT reservation_id, status FROM reservation", fold.reservations, found);
        compareStatuses("transfer", "SELECT transfer_id, status FROM transfer", fold.transfers, found);
        compareStatuses("warehouse", "SELECT code, active, priority FROM warehouse", rs -> LedgerFold.warehouse(
                rs[1].equals(Boolean.TRUE), ((Number) rs[2]).intValue()), fold.warehouses, found);
        compareAggregates(fold, found);
        List<Difference> differences = new ArrayList<>();
        int changed = 0;
        for (Difference d : found) {
            if (changedSince(d, fold)) {
                changed++;
            } else {
                differences.add(d);
            }
        }
        return new ReconciliationReport(clock.instant(), fold.events, fold.stockItems.size(), fold.reservations.size(),
                fold.transfers.size(), fold.warehouses.size(), changed, differences,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Waits (at most {@link #CATCH_UP}) until every projection has passed the newest folded event. */
    private void awaitProjections(long head) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        for (StreamingEventProcessor processor : projections.processors().values()) {
            while (System.nanoTime() < deadline && !Projections.caughtUp(processor, head)) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void compareStockLevels(LedgerFold fold, List<Difference> found) {
        Set<String> seen = new HashSet<>();
        jdbc.query("SELECT * FROM stock_level", rs -> {
            String key = rs.getString("sku") + "@" + rs.getString("warehouse");
            seen.add(key);
            LedgerFold.Item item = fold.stockItems.get(key);
            if (item == null) {
                found.add(new Difference("stock_level", key, "row", "absent", "present"));
                return;
            }
            field(found, "stock_level", key, "onHand", item.onHand, rs.getLong("on_hand"));
            field(found, "stock_level", key, "reserved", item.reserved, rs.getLong("reserved"));
            field(found, "stock_level", key, "damaged", item.damaged, rs.getLong("damaged"));
            field(found, "stock_level", key, "inTransit", item.inTransit, rs.getLong("in_transit"));
            field(found, "stock_level", key, "version", item.version, rs.getLong("version"));
            field(found, "stock_level", key, "bin", item.bin, rs.getString("bin"));
            field(found, "stock_level", key, "reorderPoint",
                    item.policy == null ? null : item.policy.reorderPoint(), (Long) rs.getObject("reorder_point"));
            field(found, "stock_level", key, "reorderQuantity",
                    item.policy == null ? null : item.policy.reorderQuantity(), (Long) rs.getObject("reorder_quantity"));
            field(found, "stock_level", key, "safetyStock",
                    item.policy == null ? null : item.policy.safetyStock(), (Long) rs.getObject("safety_stock"));
            field(found, "stock_level", key, "maxStock",
                    item.policy == null ? null : item.policy.maxStock(), (Long) rs.getObject("max_stock"));
        });
        fold.stockItems.keySet().stream().filter(key -> !seen.contains(key)).sorted()
                .forEach(key -> found.add(new Difference("stock_level", key, "row", "present", "absent")));
    }

    /** The movement lines of a stock item add up to its on hand and its damaged units. */
    private void compareMovements(LedgerFold fold, List<Difference> found) {
        Map<String, long[]> sums = new HashMap<>();
        jdbc.query("SELECT sku, warehouse, sum(quantity), sum(damaged_change) FROM stock_movement GROUP BY sku, warehouse",
                rs -> {
                    sums.put(rs.getString(1) + "@" + rs.getString(2), new long[]{rs.getLong(3), rs.getLong(4)});
                });
        fold.stockItems.forEach((key, item) -> {
            long[] sum = sums.getOrDefault(key, new long[2]);
            field(found, "stock_movement", key, "sum(quantity) = onHand", item.onHand, sum[0]);
            field(found, "stock_movement", key, "sum(damagedChange) = damaged", item.damaged, sum[1]);
        });
        sums.keySet().stream().filter(key -> !fold.stockItems.containsKey(key)).sorted()
                .forEach(key -> found.add(new Difference("stock_movement", key, "row", "absent", "present")));
    }

    private void compareStatuses(String table, String sql, Map<String, LedgerFold.Status> expected,
                                 List<Difference> found) {
        compareStatuses(table, sql, row -> (String) row[1], expected, found);
    }

    private void compareStatuses(String table, String sql, Function<Object[], String> value,
                                 Map<String, LedgerFold.Status> expected, List<Difference> found) {
        Set<String> seen = new HashSet<>();
        jdbc.query(sql, rs -> {
            Object[] row = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            String key = (String) row[0];
            seen.add(key);
            LedgerFold.Status status = expected.get(key);
            if (status == null) {
                found.add(new Difference(table, key, "row", "absent", "present"));
            } else {
                field(found, table, key, "status", status.value(), value.apply(row));
            }
        });
        expected.keySet().stream().filter(key -> !seen.contains(key)).sorted()
                .forEach(key -> found.add(new Difference(table, key, "row", "present", "absent")));
    }

    private void compareAggregates(LedgerFold fold, List<Difference> found) {
        fold.stockItems.forEach((key, item) -> {
            StockLevel level = inUnitOfWork(() -> stockItems.load(key).invoke(StockItem::level));
            field(found, "StockItem", key, "onHand", item.onHand, level.onHand());
            field(found, "StockItem", key, "reserved", item.reserved, level.reserved());
            field(found, "StockItem", key, "damaged", item.damaged, level.damaged());
            field(found, "StockItem", key, "inTransit", item.inTransit, level.inTransit());
            field(found, "StockItem", key, "version", item.version, level.version());
            field(found, "StockItem", key, "bin", item.bin, level.bin());
        });
        fold.reservations.forEach((key, status) -> field(found, "Reservation", key, "status", status.value(),
                inUnitOfWork(() -> reservations.load(key).invoke(r -> r.view().status().name()))));
        fold.transfers.forEach((key, status) -> field(found, "Transfer", key, "status", status.value(),
                inUnitOfWork(() -> transfers.load(key).invoke(t -> t.view().status().name()))));
    }

    /** Loads an aggregate outside command handling: in a unit of work that is rolled back (changes nothing). */
    private static <T> T inUnitOfWork(java.util.function.Supplier<T> load) {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        try {
            return load.get();
        } finally {
            uow.rollback();
        }
    }

    /** Whether the aggregate of a difference got events beyond those folded (a write during the check). */
    private boolean changedSince(Difference d, LedgerFold fold) {
        long folded = switch (d.subject()) {
            case "stock_level", "stock_movement", "StockItem" -> {
                LedgerFold.Item item = fold.stockItems.get(d.key());
                yield item == null ? -1 : item.version;
            }
            case "reservation", "Reservation" -> sequence(fold.reservations.get(d.key()));
            case "transfer", "Transfer" -> sequence(fold.transfers.get(d.key()));
            case "warehouse" -> sequence(fold.warehouses.get(d.key()));
            default -> Long.MAX_VALUE;
        };
        Long now = jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", Long.class, d.key());
        return now != null && now > folded;
    }

    private static long sequence(LedgerFold.Status status) {
        return status == null ? -1 : status.sequence();
    }

    private static void field(List<Difference> found, String subject, String key, String field, Object expected,
                              Object actual) {
        if (!Objects.equals(expected == null ? null : expected.toString(), actual == null ? null : actual.toString())) {
            found.add(new Difference(subject, key, field, Objects.toString(expected, null),
                    Objects.toString(actual, null)));
        }
    }
}
