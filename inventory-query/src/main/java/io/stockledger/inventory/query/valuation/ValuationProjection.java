package io.stockledger.inventory.query.valuation;

import io.stockledger.inventory.command.stock.QuantityChanged;
import io.stockledger.inventory.command.stock.StockReceived;
import io.stockledger.inventory.command.stock.StockTransferredIn;
import io.stockledger.inventory.query.common.BatchedState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The {@code stock_valuation} table: per stock item, units on hand and their weighted average unit cost
 * ({@link AverageCost}), from the stock item's own events. Receipts with a unit cost move the average; a
 * transfer received here brings its units at the source warehouse's average at the time of receipt; every
 * other change keeps it. Guarded by the stock item's sequence number; state read and written once per batch
 * ({@link BatchedState}). Run with {@link ValuationSequencingPolicy} (one sequence per SKU).
 */
@ProcessingGroup("valuation")
public class ValuationProjection {

    /**
     * A stock item's key.
     *
     * @param sku       SKU code
     * @param warehouse warehouse code
     */
    record Key(String sku, String warehouse) {
    }

    private final JdbcTemplate jdbc;
    private final BatchedState<Key, ValuedStockItem> state;

    /** @param jdbc the database */
    public ValuationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.state = new BatchedState<>(this::load, this::save);
    }

    @EventHandler
    void on(StockReceived e, @SequenceNumber long sequence) {
        state.update(new Key(e.sku(), e.warehouse()), item -> {
            if (!item.applied(sequence)) {
                item.set(item.cost.receive(e.quantity(), e.unitCost(), e.after().onHand()), sequence);
            }
        });
    }

    @EventHandler
    void on(StockTransferredIn e, @SequenceNumber long sequence) {
        BigDecimal sourceCost = state.read(new Key(e.sku(), e.source())).cost.averageUnitCost();
        state.update(new Key(e.sku(), e.warehouse()), item -> {
            if (!item.applied(sequence)) {
                item.set(item.cost.receive(e.received(), sourceCost, e.after().onHand()), sequence);
            }
        });
    }

    @EventHandler
    void on(QuantityChanged e, @SequenceNumber long sequence) {
        state.update(new Key(e.sku(), e.warehouse()), item -> {
            if (!item.applied(sequence)) {
                item.set(item.cost.onHand(e.after().onHand()), sequence);
            }
        });
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM stock_valuation");
    }

    /** @return the stock items with units on hand and their values, with totals */
    @QueryHandler
    public ValuationReport handle(FindValuation query) {
        String sql = "SELECT sku, warehouse, quantity, average_unit_cost, value FROM stock_valuation WHERE quantity > 0"
                + (query.warehouse() == null ? "" : " AND warehouse = ?") + " ORDER BY sku, warehouse";
        Object[] args = query.warehouse() == null ? new Object[0] : new Object[]{query.warehouse()};
        List<ValuationLine> items = jdbc.query(sql, (rs, i) -> new ValuationLine(rs.getString("sku"),
                rs.getString("warehouse"), rs.getLong("quantity"), rs.getBigDecimal("average_unit_cost"),
                rs.getBigDecimal("value")), args);
        long quantity = 0, unvalued = 0;
        BigDecimal value = BigDecimal.ZERO.setScale(AverageCost.VALUE_SCALE);
        for (ValuationLine line : items) {
            quantity += line.quantity();
            if (line.value() == null) {
                unvalued += line.quantity();
            } else {
                value = value.add(line.value());
            }
        }
        return new ValuationReport(items, new ValuationTotals(quantity, value, unvalued));
    }

    private ValuedStockItem load(Key key) {
        List<ValuedStockItem> rows = jdbc.query("SELECT quantity, average_unit_cost, version FROM stock_valuation "
                        + "WHERE sku = ? AND warehouse = ?",
                (rs, i) -> new ValuedStockItem(key.sku(), key.warehouse(),
                        new AverageCost(rs.getLong("quantity"), rs.getBigDecimal("average_unit_cost")),
                        rs.getLong("version")), key.sku(), key.warehouse());
        return rows.isEmpty() ? new ValuedStockItem(key.sku(), key.warehouse(), AverageCost.NONE, -1) : rows.get(0);
    }

    private void save(Collection<ValuedStockItem> changed) {
        List<Object[]> rows = new ArrayList<>(changed.size());
        for (ValuedStockItem item : changed) {
            if (item.version >= 0) {
                rows.add(new Object[]{item.sku, item.warehouse, item.cost.quantity(), item.cost.averageUnitCost(),
                        item.cost.value(), item.version});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO stock_valuation (sku, warehouse, quantity, average_unit_cost, value, version)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (sku, warehouse) DO UPDATE SET quantity = EXCLUDED.quantity,
                      average_unit_cost = EXCLUDED.average_unit_cost, value = EXCLUDED.value,
                      version = EXCLUDED.version
                    WHERE stock_valuation.version < EXCLUDED.version""", rows);
        }
    }
}
