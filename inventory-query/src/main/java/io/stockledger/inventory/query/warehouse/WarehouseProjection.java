package io.stockledger.inventory.query.warehouse;

import io.stockledger.inventory.command.warehouse.WarehouseActivated;
import io.stockledger.inventory.command.warehouse.WarehouseCreated;
import io.stockledger.inventory.command.warehouse.WarehouseDeactivated;
import io.stockledger.inventory.command.warehouse.WarehouseUpdated;
import io.stockledger.inventory.command.warehouse.WarehouseView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The {@code warehouse} table. Runs in the subscribing processor group {@code warehouses}: each event is
 * written in the transaction that appends it, so the table is never behind (a freshly created warehouse
 * takes stock at once). Upserts guarded by the aggregate's sequence number make it safe to replay.
 */
@ProcessingGroup("warehouses")
public class WarehouseProjection {

    private final JdbcTemplate jdbc;
    private final WarehouseDirectory directory;

    /**
     * @param jdbc      the database
     * @param directory the cache to keep in step
     */
    public WarehouseProjection(JdbcTemplate jdbc, WarehouseDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @EventHandler
    void on(WarehouseCreated e, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO warehouse (code, name, address, timezone, priority, active, version)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, address = EXCLUDED.address,
                  timezone = EXCLUDED.timezone, priority = EXCLUDED.priority, active = EXCLUDED.active,
                  version = EXCLUDED.version
                WHERE warehouse.version < EXCLUDED.version""",
                e.code(), e.name(), e.address(), e.timezone(), e.priority(), e.active(), version);
        changed(e.code());
    }

    @EventHandler
    void on(WarehouseUpdated e, @SequenceNumber long version) {
        jdbc.update("UPDATE warehouse SET name = ?, address = ?, timezone = ?, priority = ?, version = ? "
                + "WHERE code = ? AND version < ?", e.name(), e.address(), e.timezone(), e.priority(), version,
                e.code(), version);
        changed(e.code());
    }

    @EventHandler
    void on(WarehouseDeactivated e, @SequenceNumber long version) {
        setActive(e.code(), false, version);
    }

    @EventHandler
    void on(WarehouseActivated e, @SequenceNumber long version) {
        setActive(e.code(), true, version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM warehouse");
    }

    /** @return the warehouse or {@code null} */
    @QueryHandler
    public WarehouseView handle(FindWarehouse query) {
        return directory.find(query.code()).orElse(null);
    }

    /** @return every warehouse, ordered by code */
    @QueryHandler
    public List<WarehouseView> handle(ListWarehouses query) {
        return directory.all();
    }

    private void setActive(String code, boolean active, long version) {
        jdbc.update("UPDATE warehouse SET active = ?, version = ? WHERE code = ? AND version < ?",
                active, version, code, version);
        changed(code);
    }

    private void changed(String code) {
        directory.evict(code);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> directory.evict(code));
        }
    }
}
