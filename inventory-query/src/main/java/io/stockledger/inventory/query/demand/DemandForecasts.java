package io.stockledger.inventory.query.demand;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers {@link ForecastDemand} from the read models: the SKU's rows of {@code daily_demand} (the
 * {@code demand} projection) and its stock and reorder policy in {@code stock_level} (the
 * {@code stock-levels} projection). Both are eventually consistent, normally well under a second behind
 * the events. The forecasting itself is {@link DemandForecaster}'s.
 */
public class DemandForecasts {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DemandForecaster forecaster = new DemandForecaster();

    /**
     * @param jdbc  the database
     * @param clock the clock that says which UTC day is today
     */
    public DemandForecasts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return the forecast, or {@code null} when the SKU has no stock item (in the warehouse asked for) */
    @QueryHandler
    public DemandForecast handle(ForecastDemand query) {
        List<StockItemSupply> items = supply(query);
        if (items.isEmpty()) {
            return null;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return forecaster.forecast(query, demand(query, today), Supply.of(items), today);
    }

    private List<StockItemSupply> supply(ForecastDemand query) {
        List<Object> args = new ArrayList<>(List.of(query.sku()));
        String sql = "SELECT warehouse, on_hand - reserved AS available, in_transit, lead_time_days, reorder_quantity "
                + "FROM stock_level WHERE sku = ?" + inWarehouse(query, args);
        return jdbc.query(sql, (rs, i) -> new StockItemSupply(rs.getString("warehouse"), rs.getLong("available"),
                rs.getLong("in_transit"), (Integer) rs.getObject("lead_time_days"),
                (Long) rs.getObject("reorder_quantity")), args.toArray());
    }

    private List<DayDemand> demand(ForecastDemand query, LocalDate today) {
        List<Object> args = new ArrayList<>(List.of(query.sku(), today));
        String sql = "SELECT day, sum(shipped) AS shipped, sum(returned) AS returned FROM daily_demand "
                + "WHERE sku = ? AND day < ?" + inWarehouse(query, args) + " GROUP BY day ORDER BY day";
        return jdbc.query(sql, (rs, i) -> new DayDemand(rs.getObject("day", LocalDate.class), rs.getLong("shipped"),
                rs.getLong("returned")), args.toArray());
    }

    private static String inWarehouse(ForecastDemand query, List<Object> args) {
        if (query.warehouse() == null) {
            return "";
        }
        args.add(query.warehouse());
        return " AND warehouse = ?";
    }
}
