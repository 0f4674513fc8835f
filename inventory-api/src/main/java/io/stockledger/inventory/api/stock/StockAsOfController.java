package io.stockledger.inventory.api.stock;

import io.stockledger.inventory.api.audit.StockHistory;
import io.stockledger.inventory.api.problem.ProblemResponses;
import io.stockledger.inventory.api.problem.ProblemType;
import io.stockledger.inventory.api.problem.UnknownSkuException;
import io.stockledger.inventory.api.warehouse.WarehouseGuard;
import io.stockledger.inventory.api.web.QueryParams;
import io.stockledger.inventory.api.web.Required;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.stock.StockLevel;
import io.stockledger.inventory.query.stock.SkuStock;
import io.stockledger.inventory.query.stock.StockLevelAsOf;
import io.stockledger.inventory.query.stock.Totals;
import io.stockledger.inventory.query.warehouse.WarehouseDirectory;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stock as it was at a past instant, for auditors: computed from the stock items' events (events with
 * business time ≤ {@code at}), not from a projection, so it is current and exact at every call.
 */
@Tag(name = "Audit")
@RestController
@RequestMapping("/api/v1/stock")
public class StockAsOfController {

    private final StockHistory history;
    private final WarehouseGuard warehouses;
    private final WarehouseDirectory directory;

    StockAsOfController(StockHistory history, WarehouseGuard warehouses, WarehouseDirectory directory) {
        this.history = history;
        this.warehouses = warehouses;
        this.directory = directory;
    }

    /**
     * @return the {@code StockLevel} at {@code at} (ISO-8601); zero quantities and version −1 when the stock
     *         item had no event yet then; 404 unknown-sku when it has no events at all
     */
    @ProblemResponses(ProblemType.UNKNOWN_SKU)
    @GetMapping("/{sku}/{warehouse}/as-of")
    public StockLevel item(@PathVariable String sku, @PathVariable String warehouse,
                           @RequestParam(required = false) String at) {
        Instant instant = Required.of("at", QueryParams.instant("at", at));
        StockItemId id = new StockItemId(new Sku(sku), new WarehouseCode(warehouse));
        warehouses.existing(id.warehouse());
        return StockLevelAsOf.at(id.sku().value(), id.warehouse().value(), history.of(id), instant)
                .orElseThrow(() -> new UnknownSkuException("no stock item has SKU " + sku + " in warehouse " + warehouse));
    }

    /**
     * @return the SKU in every warehouse at {@code at}: {@code {sku, total, warehouses}} with one level per
     *         warehouse where it has events; 404 unknown-sku when it has none anywhere
     */
    @ProblemResponses(ProblemType.UNKNOWN_SKU)
    @GetMapping("/{sku}/as-of")
    public SkuStock sku(@PathVariable String sku, @RequestParam(required = false) String at) {
        Instant instant = Required.of("at", QueryParams.instant("at", at));
        Sku code = new Sku(sku);
        List<StockLevel> levels = new ArrayList<>();
        directory.all().stream()
                .map(w -> new StockItemId(code, new WarehouseCode(w.code())))
                .sorted(Comparator.comparing(id -> id.warehouse().value()))
                .forEach(id -> StockLevelAsOf.at(code.value(), id.warehouse().value(), history.of(id), instant)
                        .ifPresent(levels::add));
        if (levels.isEmpty()) {
            throw new UnknownSkuException("no stock item has SKU " + sku);
        }
        long onHand = levels.stream().mapToLong(StockLevel::onHand).sum();
        long reserved = levels.stream().mapToLong(StockLevel::reserved).sum();
        return new SkuStock(code.value(), new Totals(onHand, reserved, onHand - reserved,
                levels.stream().mapToLong(StockLevel::inTransit).sum(),
                levels.stream().mapToLong(StockLevel::damaged).sum()), levels);
    }
}
