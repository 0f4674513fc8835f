package io.stockledger.inventory.api.report;

import io.stockledger.inventory.api.web.QueryParams;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.query.report.MovementSummary;
import io.stockledger.inventory.query.report.StockSummary;
import io.stockledger.inventory.query.report.SummarizeMovements;
import io.stockledger.inventory.query.report.SummarizeStock;
import io.stockledger.inventory.query.valuation.FindValuation;
import io.stockledger.inventory.query.valuation.ValuationReport;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Reports for dashboards and accounting, from the projections (a moment behind the stock): the stock
 * summary, the valuation at weighted average cost, and movements by type. See docs/alerts-and-reports.md.
 */
@Tag(name = "Reports", description = "Stock summary, valuation and movement reports")
@RestController
@RequestMapping("/api/v1/reports")
public class ReportController {

    private final QueryGateway queries;

    ReportController(QueryGateway queries) {
        this.queries = queries;
    }

    /** Totals of units, value and unresolved alerts over all stock items. */
    @GetMapping("/summary")
    public StockSummary summary() {
        return queries.query(new SummarizeStock(), ResponseTypes.instanceOf(StockSummary.class)).join();
    }

    /** Each stock item with units on hand: quantity, average unit cost, value; and totals. 400 for a bad code. */
    @GetMapping("/valuation")
    public ValuationReport valuation(@RequestParam(required = false) String warehouse) {
        return queries.query(new FindValuation(warehouse == null ? null : new WarehouseCode(warehouse).value()),
                ResponseTypes.instanceOf(ValuationReport.class)).join();
    }

    /**
     * Movements per type between {@code from} (inclusive) and {@code to} (exclusive) business time: count,
     * units moved, net changes. 400 for a malformed time, {@code from} not before {@code to}, or a bad code.
     */
    @GetMapping("/movements")
    public MovementSummary movements(@RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String warehouse) {
        Instant since = QueryParams.instant("from", from);
        Instant until = QueryParams.instant("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new InvalidValueException("to", "to must be after from");
        }
        return queries.query(new SummarizeMovements(since, until,
                        warehouse == null ? null : new WarehouseCode(warehouse).value()),
                ResponseTypes.instanceOf(MovementSummary.class)).join();
    }
}
