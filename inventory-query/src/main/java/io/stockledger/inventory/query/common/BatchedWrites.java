package io.stockledger.inventory.query.common;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a projection's SQL writes for the current unit of work and sends them as JDBC batches just
 * before it commits: a batch of 200 events costs one round trip per distinct statement instead of 200.
 * Statements run in the order they were added (consecutive runs of one statement form one batch), so
 * version-guarded upserts of one row keep their order. A keyed write ({@link #put}) replaces the pending
 * write with the same key and moves to the end: for upserts that carry a row's whole state (the
 * quantities after an event), only the last one per row and unit of work is sent. Outside a unit of work
 * a write runs at once.
 */
public class BatchedWrites {

    private final JdbcTemplate jdbc;
    private final String resourceKey = BatchedWrites.class.getName() + "@" + System.identityHashCode(this);

    /** @param jdbc the database */
    public BatchedWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param sql  a statement with {@code ?} parameters
     * @param args its parameters
     */
    public void add(String sql, Object... args) {
        put(new Object(), sql, args);
    }

    /**
     * A write that supersedes every earlier pending write with the same key in this unit of work.
     *
     * @param key  identifies what the write sets (e.g. a row), compared with {@code equals}
     * @param sql  a statement with {@code ?} parameters
     * @param args its parameters
     */
    public void put(Object key, String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> uow = CurrentUnitOfWork.get().root();
        Pending pending = uow.getOrComputeResource(resourceKey, k -> {
            Pending p = new Pending();
            uow.onPrepareCommit(u -> p.flush(jdbc));
            return p;
        });
        pending.put(key, sql, args);
    }

    /** One pending statement. */
    private record Write(String sql, Object[] args) {
    }

    /** Writes queued in one unit of work, in order; runs of the same statement go as one batch. */
    private static final class Pending {

        private final LinkedHashMap<Object, Write> writes = new LinkedHashMap<>();

        void put(Object key, String sql, Object[] args) {
            writes.remove(key);
            writes.put(key, new Write(sql, args));
        }

        void flush(JdbcTemplate jdbc) {
            String sql = null;
            List<Object[]> run = new ArrayList<>();
            for (Map.Entry<Object, Write> entry : writes.entrySet()) {
                Write write = entry.getValue();
                if (!write.sql().equals(sql)) {
                    send(jdbc, sql, run);
                    sql = write.sql();
                    run = new ArrayList<>();
                }
                run.add(write.args());
            }
            send(jdbc, sql, run);
            writes.clear();
        }

        private static void send(JdbcTemplate jdbc, String sql, List<Object[]> run) {
            if (run.size() == 1) {
                jdbc.update(sql, run.get(0));
            } else if (run.size() > 1) {
                jdbc.batchUpdate(sql, run);
            }
        }
    }
}
