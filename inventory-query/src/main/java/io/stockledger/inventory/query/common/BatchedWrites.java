package io.stockledger.inventory.query.common;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects a projection's SQL writes for the current unit of work and sends them as JDBC batches just
 * before it commits: a batch of 200 events costs one round trip per distinct statement instead of 200.
 * Statements run in the order they were added (consecutive runs of one statement form one batch), so
 * version-guarded upserts of one row keep their order. Outside a unit of work a write runs at once.
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
        pending.add(sql, args);
    }

    /** Writes queued in one unit of work: runs of the same statement, in order. */
    private static final class Pending {

        private final List<Map.Entry<String, List<Object[]>>> runs = new ArrayList<>();

        void add(String sql, Object[] args) {
            Map.Entry<String, List<Object[]>> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last == null || !last.getKey().equals(sql)) {
                last = Map.entry(sql, new ArrayList<>());
                runs.add(last);
            }
            last.getValue().add(args);
        }

        void flush(JdbcTemplate jdbc) {
            for (Map.Entry<String, List<Object[]>> run : runs) {
                if (run.getValue().size() == 1) {
                    jdbc.update(run.getKey(), run.getValue().get(0));
                } else {
                    jdbc.batchUpdate(run.getKey(), run.getValue());
                }
            }
            runs.clear();
        }
    }
}
