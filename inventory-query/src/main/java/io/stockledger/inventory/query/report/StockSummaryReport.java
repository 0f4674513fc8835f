package io.stockledger.inventory.query.report;

import io.stockledger.inventory.query.valuation.AverageCost;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers {@link SummarizeStock} from three read models: {@code stock_level} (units), {@code stock_valuation}
 * (value) and {@code alert} (unresolved alerts by type).
 */
public class StockSummaryReport {

    private final JdbcTemplate jdbc;

    /** @param jdbc the database */
    public StockSummaryReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the summary */
    @QueryHandler
    public StockSummary handle(SummarizeStock query) {
        long[] units = jdbc.queryForObject("""
                SELECT count(DISTINCT sku), count(*), COALESCE(sum(on_hand), 0), COALESCE(sum(reserved), 0)
                FROM stock_level""", (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        BigDecimal value = jdbc.queryForObject("SELECT COALESCE(sum(value), 0) FROM stock_valuation", BigDecimal.class);
        Map<String, Long> alerts = new HashMap<>();
        jdbc.query("SELECT type, count(*) FROM alert WHERE status <> 'RESOLVED' GROUP BY type",
                rs -> {
                    alerts.put(rs.getString(1), rs.getLong(2));
                });
        return new StockSummary(units[0], units[1], units[2], units[3], units[2] - units[3],
                (value == null ? BigDecimal.ZERO : value).setScale(AverageCost.VALUE_SCALE, AverageCost.ROUNDING),
                alerts.getOrDefault("LOW_STOCK", 0L), alerts.getOrDefault("OUT_OF_STOCK", 0L),
                alerts.getOrDefault("OVERSTOCK", 0L));
    }
}
