package io.stockledger.inventory.api.forecast;

import io.stockledger.inventory.api.problem.ProblemResponses;
import io.stockledger.inventory.api.problem.ProblemType;
import io.stockledger.inventory.api.problem.UnknownSkuException;
import io.stockledger.inventory.api.warehouse.WarehouseGuard;
import io.stockledger.inventory.api.web.Identifiers;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.query.demand.DemandForecast;
import io.stockledger.inventory.query.demand.ForecastDemand;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demand forecasts with reorder suggestions, for buyers and dashboards: from the daily demand projection
 * (shipments net of returns per UTC day) and the stock levels. See docs/forecasting.md, "The forecast
 * endpoint".
 */
@Tag(name = "Forecasts", description = "Demand forecasts and reorder suggestions per stock item")
@RestController
@RequestMapping("/api/v1/forecasts")
public class ForecastController {

    private final QueryGateway queries;
    private final WarehouseGuard warehouses;

    ForecastController(QueryGateway queries, WarehouseGuard warehouses) {
        this.queries = queries;
        this.warehouses = warehouses;
    }

    /**
     * 200 with the forecast of {@code horizonDays} days from today (UTC) at the service level and a reorder
     * suggestion, for one warehouse or (without {@code warehouse}) the SKU over all its warehouses; 400
     * invalid-request for a malformed SKU or warehouse code, {@code horizonDays} outside 1 … 365 or
     * {@code serviceLevel} outside 0.5 … 0.999; 404 unknown-warehouse; 404 unknown-sku when the SKU has no
     * stock item (in that warehouse).
     */
    @ProblemResponses(ProblemType.UNKNOWN_SKU)
    @GetMapping("/{sku}")
    public DemandForecast forecast(@PathVariable String sku,
                                   @RequestParam(required = false) String warehouse,
                                   @RequestParam(defaultValue = "28") int horizonDays,
                                   @RequestParam(defaultValue = "0.95") double serviceLevel) {
        WarehouseCode code = warehouse == null ? null : Identifiers.warehouse("warehouse", warehouse);
        ForecastDemand query = new ForecastDemand(Identifiers.sku("sku", sku).value(),
                code == null ? null : code.value(), horizonDays, serviceLevel);
        if (code != null) {
            warehouses.existing(code);
        }
        DemandForecast forecast = queries.query(query, ResponseTypes.instanceOf(DemandForecast.class)).join();
        if (forecast == null) {
            throw new UnknownSkuException("no stock item has SKU " + sku
                    + (warehouse == null ? "" : " in warehouse " + warehouse));
        }
        return forecast;
    }
}
