package io.stockledger.inventory.api.warehouse;

import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.warehouse.InactiveWarehouseException;
import io.stockledger.inventory.command.warehouse.UnknownWarehouseException;
import io.stockledger.inventory.command.warehouse.WarehouseView;
import io.stockledger.inventory.query.warehouse.WarehouseDirectory;
import org.springframework.stereotype.Component;

/** Checks, before a command is sent, that the warehouse it names exists (and, for new holds, is active). */
@Component
public class WarehouseGuard {

    private final WarehouseDirectory directory;

    /** @param directory the warehouses */
    public WarehouseGuard(WarehouseDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param code warehouse code
     * @return the warehouse
     * @throws UnknownWarehouseException when no warehouse has this code
     */
    public WarehouseView existing(WarehouseCode code) {
        return directory.find(code.value()).orElseThrow(() -> new UnknownWarehouseException(code.value()));
    }

    /**
     * @param code warehouse code
     * @return the warehouse
     * @throws UnknownWarehouseException   when no warehouse has this code
     * @throws InactiveWarehouseException when it is deactivated
     */
    public WarehouseView active(WarehouseCode code) {
        WarehouseView warehouse = existing(code);
        if (!warehouse.active()) {
            throw new InactiveWarehouseException(code.value());
        }
        return warehouse;
    }
}
