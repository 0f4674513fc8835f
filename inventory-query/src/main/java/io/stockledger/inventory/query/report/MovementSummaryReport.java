package io.stockledger.inventory.query.report;

import io.stockledger.inventory.query.common.Timestamps;
import io.stockledger.inventory.query.movement.MovementType;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Answers {@link SummarizeMovements} from the {@code stock_movement} read model. */
public class MovementSummaryReport {

    private final JdbcTemplate jdbc;

    /** @param jdbc the database */
    public MovementSummaryReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the totals per movement type */
    @QueryHandler
    public MovementSummary handle(SummarizeMovements query) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (query.from() != null) {
            where.append(" AND occurred_at >= ?");
            args.add(Timestamps.of(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < ?");
            args.add(Timestamps.of(query.to()));
        }
        if (query.warehouse() != null) {
            where.append(" AND warehouse = ?");
            args.add(query.warehouse());
        }
        Map<MovementType, MovementTotals> byType = new EnumMap<>(MovementType.class);
        jdbc.query("SELECT type, count(*), COALESCE(sum(greatest(abs(quantity), abs(damaged_change))), 0), "
                        + "COALESCE(sum(quantity), 0), COALESCE(sum(damaged_change), 0) FROM stock_movement" + where
                        + " GROUP BY type",
                rs -> {
                    MovementType type = MovementType.valueOf(rs.getString(1));
                    byType.put(type, new MovementTotals(type, rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5)));
                }, args.toArray());
        List<MovementTotals> items = new ArrayList<>();
        for (MovementType type : MovementType.values()) {
            items.add(byType.getOrDefault(type, new MovementTotals(type, 0, 0, 0, 0)));
        }
        return new MovementSummary(query.from(), query.to(), query.warehouse(), items);
    }
}
