package io.stockledger.inventory.query.demand;

import io.stockledger.inventory.command.stock.StockReturned;
import io.stockledger.inventory.command.stock.StockShipped;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code daily_demand} table: per stock item and UTC calendar day of the business time, the units
 * shipped ({@link StockShipped}) and returned ({@link StockReturned}); and {@code daily_demand_position},
 * per stock item the sequence number of the last of its events counted there.
 * <p>
 * A unit of work collects its shipments and returns ({@link DemandBatch}) and writes them just before it
 * commits: it reads the positions of its stock items, adds the units of the events above them with
 * adding upserts (one row per stock item and day, whatever the number of events), and moves the positions
 * by compare-and-set. A redelivered or replayed event is therefore never counted twice, and should another
 * writer have moved a position meanwhile, the write fails with {@link OptimisticLockingFailureException},
 * the transaction rolls back and the processor handles the events again.
 */
@ProcessingGroup("demand")
public class DailyDemandProjection {

    /** Stock items per position lookup: 2 parameters each, far below PostgreSQL's 32,767. */
    private static final int LOOKUP_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final String resourceKey = DailyDemandProjection.class.getName() + "@" + System.identityHashCode(this);

    /** @param jdbc the database */
    public DailyDemandProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StockShipped e, @SequenceNumber long sequence) {
        record(DemandEntry.of(e, sequence));
    }

    @EventHandler
    void on(StockReturned e, @SequenceNumber long sequence) {
        record(DemandEntry.of(e, sequence));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM daily_demand");
        jdbc.update("DELETE FROM daily_demand_position");
    }

    private void record(DemandEntry entry) {
        if (!CurrentUnitOfWork.isStarted()) {
            DemandBatch alone = new DemandBatch();
            alone.add(entry);
            write(alone);
            return;
        }
        UnitOfWork<?> uow = CurrentUnitOfWork.get().root();
        uow.getOrComputeResource(resourceKey, k -> {
            DemandBatch batch = new DemandBatch();
            uow.onPrepareCommit(u -> write(batch));
            return batch;
        }).add(entry);
    }

    private void write(DemandBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        DemandChanges changes = batch.changes(positions(batch.stockItems()));
        if (changes.isEmpty()) {
            return;
        }
        advance(changes.positions());
        jdbc.batchUpdate("""
                INSERT INTO daily_demand (sku, warehouse, day, shipped, returned) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (sku, warehouse, day) DO UPDATE SET shipped = daily_demand.shipped + EXCLUDED.shipped,
                  returned = daily_demand.returned + EXCLUDED.returned""",
                changes.days().stream().map(d -> new Object[] {d.item().sku(), d.item().warehouse(), d.day(),
                        d.shipped(), d.returned()}).toList());
    }

    private Map<StockItemKey, Long> positions(Set<StockItemKey> items) {
        Map<StockItemKey, Long> positions = new HashMap<>();
        List<StockItemKey> all = List.copyOf(items);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            List<StockItemKey> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
            List<Object> args = new ArrayList<>(2 * chunk.size());
            chunk.forEach(item -> {
                args.add(item.sku());
                args.add(item.warehouse());
            });
            jdbc.query("SELECT sku, warehouse, sequence FROM daily_demand_position WHERE (sku, warehouse) IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?)")) + ")",
                    rs -> {
                        positions.put(new StockItemKey(rs.getString(1), rs.getString(2)), rs.getLong(3));
                    }, args.toArray());
        }
        return positions;
    }

    private void advance(List<PositionMove> moves) {
        List<Object[]> first = new ArrayList<>();
        List<Object[]> next = new ArrayList<>();
        for (PositionMove move : moves) {
            if (move.from() == null) {
                first.add(new Object[] {move.item().sku(), move.item().warehouse(), move.to()});
            } else {
                next.add(new Object[] {move.to(), move.item().sku(), move.item().warehouse(), move.from()});
            }
        }
        if (!first.isEmpty()) {
            requireAllWritten(jdbc.batchUpdate("INSERT INTO daily_demand_position (sku, warehouse, sequence) "
                    + "VALUES (?, ?, ?) ON CONFLICT (sku, warehouse) DO NOTHING", first));
        }
        if (!next.isEmpty()) {
            requireAllWritten(jdbc.batchUpdate("UPDATE daily_demand_position SET sequence = ? "
                    + "WHERE sku = ? AND warehouse = ? AND sequence = ?", next));
        }
    }

    private static void requireAllWritten(int[] counts) {
        for (int count : counts) {
            if (count == 0) {
                throw new OptimisticLockingFailureException("a daily demand position moved since it was read; "
                        + "the events are handled again");
            }
            if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("a daily demand position write changed " + count + " rows");
            }
        }
    }
}
