package io.stockledger.inventory.api.stock;

import io.stockledger.inventory.api.problem.ProblemResponses;
import io.stockledger.inventory.api.problem.ProblemType;
import io.stockledger.inventory.api.warehouse.WarehouseGuard;
import io.stockledger.inventory.api.web.BusinessTime;
import io.stockledger.inventory.api.web.Commands;
import io.stockledger.inventory.api.web.Required;
import io.stockledger.inventory.command.common.Bin;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.stock.AdjustStock;
import io.stockledger.inventory.command.stock.ChangeReorderPolicy;
import io.stockledger.inventory.command.stock.CountStock;
import io.stockledger.inventory.command.stock.ReceiveStock;
import io.stockledger.inventory.command.stock.RecordDamage;
import io.stockledger.inventory.command.stock.ReorderPolicy;
import io.stockledger.inventory.command.stock.ReturnCondition;
import io.stockledger.inventory.command.stock.ReturnStock;
import io.stockledger.inventory.command.stock.StockLevel;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/**
 * Stock changes by warehouse staff and systems: each answers 200 with the stock item's resulting level,
 * current at once (the aggregate's own state). Unknown warehouse: 404; a change that would make on hand
 * fall below reserved or any quantity negative: 409 insufficient-stock, nothing changed.
 */
@Tag(name = "Stock changes", description = "Receipts, returns, damages, adjustments, counts, reorder policies")
@RestController
@RequestMapping("/api/v1/stock")
public class StockChangeController {

    /** {@code POST /receipts}: units in; {@code unitCost} in the shop's currency; {@code bin} aisle-rack-shelf. */
    public record ReceiptRequest(String sku, String warehouse, Long quantity, BigDecimal unitCost, String reference,
                                 String bin, Instant occurredAt) {
    }

    /** {@code POST /returns}: {@code condition} SELLABLE (on hand) or DAMAGED (damaged only). */
    public record ReturnRequest(String sku, String warehouse, Long quantity, String orderId, String condition,
                                Instant occurredAt) {
    }

    /** {@code POST /damages}: on hand → damaged. */
    public record DamageRequest(String sku, String warehouse, Long quantity, String reason, Instant occurredAt) {
    }

    /** {@code POST /adjustments}: signed, non-zero {@code delta}. */
    public record AdjustmentRequest(String sku, String warehouse, Long delta, String reason, Instant occurredAt) {
    }

    /** {@code POST /counts}: on hand set to {@code countedQuantity} ≥ 0. */
    public record CountRequest(String sku, String warehouse, Long countedQuantity, String reason,
                               Instant occurredAt) {
    }

    /** {@code PUT /{sku}/{warehouse}/policy}: units and days. */
    public record PolicyRequest(Long reorderPoint, Long reorderQuantity, Long safetyStock, Long maxStock,
                                Integer leadTimeDays) {
    }

    private final Commands commands;
    private final WarehouseGuard warehouses;
    private final Clock clock;

    StockChangeController(Commands commands, WarehouseGuard warehouses, Clock clock) {
        this.commands = commands;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    @ProblemResponses(ProblemType.UNKNOWN_WAREHOUSE)
    @PostMapping("/receipts")
    public StockLevel receive(@RequestBody ReceiptRequest body) {
        StockItemId item = item(body.sku(), body.warehouse());
        return commands.send(new ReceiveStock(item, quantity("quantity", body.quantity()), body.unitCost(),
                body.reference(), body.bin() == null ? null : new Bin(body.bin()), at(body.occurredAt())));
    }

    @ProblemResponses(ProblemType.UNKNOWN_WAREHOUSE)
    @PostMapping("/returns")
    public StockLevel returned(@RequestBody ReturnRequest body) {
        StockItemId item = item(body.sku(), body.warehouse());
        return commands.send(new ReturnStock(item, quantity("quantity", body.quantity()), body.orderId(),
                condition(body.condition()), at(body.occurredAt())));
    }

    @ProblemResponses({ProblemType.UNKNOWN_WAREHOUSE, ProblemType.INSUFFICIENT_STOCK})
    @PostMapping("/damages")
    public StockLevel damaged(@RequestBody DamageRequest body) {
        StockItemId item = item(body.sku(), body.warehouse());
        return commands.send(new RecordDamage(item, quantity("quantity", body.quantity()), body.reason(),
                at(body.occurredAt())));
    }

    @ProblemResponses({ProblemType.UNKNOWN_WAREHOUSE, ProblemType.INSUFFICIENT_STOCK})
    @PostMapping("/adjustments")
    public StockLevel adjust(@RequestBody AdjustmentRequest body) {
        StockItemId item = item(body.sku(), body.warehouse());
        return commands.send(new AdjustStock(item, Required.of("delta", body.delta()), body.reason(),
                at(body.occurredAt())));
    }

    @ProblemResponses({ProblemType.UNKNOWN_WAREHOUSE, ProblemType.INSUFFICIENT_STOCK})
    @PostMapping("/counts")
    public StockLevel count(@RequestBody CountRequest body) {
        StockItemId item = item(body.sku(), body.warehouse());
        return commands.send(new CountStock(item, Required.of("countedQuantity", body.countedQuantity()),
                body.reason(), at(body.occurredAt())));
    }

    @ProblemResponses(ProblemType.UNKNOWN_WAREHOUSE)
    @PutMapping("/{sku}/{warehouse}/policy")
    public StockLevel policy(@PathVariable String sku, @PathVariable String warehouse,
                             @RequestBody PolicyRequest body) {
        StockItemId item = item(sku, warehouse);
        ReorderPolicy policy = new ReorderPolicy(Required.of("reorderPoint", body.reorderPoint()),
                Required.of("reorderQuantity", body.reorderQuantity()),
                Required.of("safetyStock", body.safetyStock()), body.maxStock(),
                Required.of("leadTimeDays", body.leadTimeDays()));
        return commands.send(new ChangeReorderPolicy(item, policy, clock.instant()));
    }

    private StockItemId item(String sku, String warehouse) {
        StockItemId item = StockItemId.of(Required.of("sku", sku), Required.of("warehouse", warehouse));
        warehouses.existing(item.warehouse());
        return item;
    }

    private Instant at(Instant occurredAt) {
        return BusinessTime.of(occurredAt, clock);
    }

    private static Quantity quantity(String field, Long value) {
        return Quantity.of(field, Required.of(field, value));
    }

    private static ReturnCondition condition(String condition) {
        try {
            return ReturnCondition.valueOf(Required.of("condition", condition));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("condition", "condition must be SELLABLE or DAMAGED");
        }
    }
}
