package io.stockledger.inventory.query.stock;

import io.stockledger.inventory.command.stock.StockLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Consumer;

/**
 * Every stock level, one at a time, for exports: read with a database cursor (rows fetched
 * {@value #FETCH_SIZE} at a time in one read-only transaction), so the whole table is never held in memory
 * and the rows come from one consistent snapshot.
 */
public class StockLevelExport {

    /** Rows fetched per round trip. */
    static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    /**
     * @param jdbc         the database
     * @param transactions its transaction manager (PostgreSQL streams rows only inside a transaction)
     */
    public StockLevelExport(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * @param warehouse warehouse code, or {@code null} for all
     * @param row       receives each level, ordered by SKU then warehouse
     */
    public void forEach(String warehouse, Consumer<StockLevel> row) {
        String sql = "SELECT * FROM stock_level" + (warehouse == null ? "" : " WHERE warehouse = ?")
                + " ORDER BY sku, warehouse";
        Object[] args = warehouse == null ? new Object[0] : new Object[]{warehouse};
        readOnly.executeWithoutResult(status -> jdbc.query(sql,
                rs -> {
                    row.accept(StockLevelProjection.ROW.mapRow(rs, 0));
                }, args));
    }
}
