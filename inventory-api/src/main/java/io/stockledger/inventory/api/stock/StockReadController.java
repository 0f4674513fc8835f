package io.stockledger.inventory.api.stock;

import io.stockledger.inventory.api.problem.ProblemResponses;
import io.stockledger.inventory.api.problem.ProblemType;
import io.stockledger.inventory.api.problem.UnknownSkuException;
import io.stockledger.inventory.api.web.Paging;
import io.stockledger.inventory.api.web.QueryParams;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.stock.StockLevel;
import io.stockledger.inventory.query.movement.FindMovements;
import io.stockledger.inventory.query.movement.MovementPage;
import io.stockledger.inventory.query.movement.MovementType;
import io.stockledger.inventory.query.stock.FindSkuStock;
import io.stockledger.inventory.query.stock.FindStockLevel;
import io.stockledger.inventory.query.stock.ListStockLevels;
import io.stockledger.inventory.query.stock.SkuStock;
import io.stockledger.inventory.query.stock.StockLevelPage;
import io.stockledger.inventory.query.stock.StockStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


/**
 * Stock reads, from the projections (normally well under a second behind the commands).
 */
@Tag(name = "Stock reads", description = "Stock levels and movements, from projections (may lag by a moment)")
@RestController
@RequestMapping("/api/v1/stock")
public class StockReadController {

    private final QueryGateway queries;

    StockReadController(QueryGateway queries) {
        this.queries = queries;
    }

    /** A SKU in every warehouse with totals; 404 unknown-sku. */
    @ProblemResponses(ProblemType.UNKNOWN_SKU)
    @GetMapping("/{sku}")
    public SkuStock sku(@PathVariable String sku) {
        SkuStock stock = queries.query(new FindSkuStock(new Sku(sku).value()),
                ResponseTypes.instanceOf(SkuStock.class)).join();
        if (stock == null) {
            throw new UnknownSkuException("no stock item has SKU " + sku);
        }
        return stock;
    }

    /** One stock item; 404 unknown-sku. */
    @ProblemResponses(ProblemType.UNKNOWN_SKU)
    @GetMapping("/{sku}/{warehouse}")
    public StockLevel item(@PathVariable String sku, @PathVariable String warehouse) {
        StockLevel level = queries.query(new FindStockLevel(new Sku(sku).value(),
                new WarehouseCode(warehouse).value()), ResponseTypes.instanceOf(StockLevel.class)).join();
        if (level == null) {
            throw new UnknownSkuException("no stock item has SKU " + sku + " in warehouse " + warehouse);
        }
        return level;
    }

    /** A page of stock levels, by warehouse and status (LOW, OUT, OVER, OK). */
    @GetMapping
    public StockLevelPage list(@RequestParam(required = false) String warehouse,
                                 @RequestParam(required = false) String status,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return queries.query(new ListStockLevels(warehouse == null ? null : new WarehouseCode(warehouse).value(),
                QueryParams.choice(StockStatus.class, "status", status), page, size),
                ResponseTypes.instanceOf(StockLevelPage.class)).join();
    }

    /** A page of a SKU's movements, by business time. */
    @GetMapping("/{sku}/movements")
    public MovementPage movements(@PathVariable String sku,
                                    @RequestParam(required = false) String warehouse,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String type,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return queries.query(new FindMovements(new Sku(sku).value(),
                warehouse == null ? null : new WarehouseCode(warehouse).value(), QueryParams.instant("from", from),
                QueryParams.instant("to", to), QueryParams.choice(MovementType.class, "type", type), page, size),
                ResponseTypes.instanceOf(MovementPage.class)).join();
    }
}
