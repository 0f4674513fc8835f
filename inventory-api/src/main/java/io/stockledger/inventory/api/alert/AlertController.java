package io.stockledger.inventory.api.alert;

import io.stockledger.inventory.api.problem.ProblemResponses;
import io.stockledger.inventory.api.problem.ProblemType;
import io.stockledger.inventory.api.web.Commands;
import io.stockledger.inventory.api.web.Paging;
import io.stockledger.inventory.api.web.QueryParams;
import io.stockledger.inventory.command.alert.AcknowledgeAlert;
import io.stockledger.inventory.command.alert.AlertId;
import io.stockledger.inventory.command.alert.AlertStatus;
import io.stockledger.inventory.command.alert.AlertType;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.query.alert.Alert;
import io.stockledger.inventory.query.alert.AlertPage;
import io.stockledger.inventory.query.alert.FindAlert;
import io.stockledger.inventory.query.alert.ListAlerts;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/**
 * Replenishment alerts for buyers and dashboards: the list (from the alerts projection, a moment behind the
 * stock) and the acknowledgement. See docs/alerts-and-reports.md.
 */
@Tag(name = "Alerts", description = "Low-stock, out-of-stock and overstock alerts")
@RestController
@RequestMapping("/api/v1/alerts")
public class AlertController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Clock clock;

    AlertController(Commands commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /** A page of alerts by status, type, warehouse and SKU, most recently raised first; 400 for a bad filter. */
    @GetMapping
    public AlertPage list(@RequestParam(required = false) String status,
                          @RequestParam(required = false) String type,
                          @RequestParam(required = false) String warehouse,
                          @RequestParam(required = false) String sku,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return queries.query(new ListAlerts(QueryParams.choice(AlertStatus.class, "status", status),
                        QueryParams.choice(AlertType.class, "type", type),
                        warehouse == null ? null : new WarehouseCode(warehouse).value(),
                        sku == null ? null : new Sku(sku).value(), page, size),
                ResponseTypes.instanceOf(AlertPage.class)).join();
    }

    /** One alert; 404 not-found. */
    @ProblemResponses(ProblemType.NOT_FOUND)
    @GetMapping("/{id}")
    public Alert get(@PathVariable String id) {
        return find(id);
    }

    /**
     * 200 with the alert, status ACKNOWLEDGED (acknowledging it again answers the same, changing nothing);
     * 404 not-found for an unknown alert; 409 alert-not-open for a RESOLVED one.
     */
    @ProblemResponses({ProblemType.NOT_FOUND, ProblemType.ALERT_NOT_OPEN})
    @PostMapping("/{id}/acknowledge")
    public Alert acknowledge(@PathVariable String id) {
        Alert alert = find(id);
        Instant acknowledgedAt;
        try {
            acknowledgedAt = commands.send(new AcknowledgeAlert(new AlertId(alert.id()),
                    StockItemId.of(alert.sku(), alert.warehouse()), alert.type(), clock.instant()));
        } catch (AggregateNotFoundException e) {
            throw new UnknownAlertException(id); // listed, but raised before alerts were events (ADR 0005)
        }
        return new Alert(alert.id(), alert.type(), alert.sku(), alert.warehouse(), AlertStatus.ACKNOWLEDGED,
                alert.available(), alert.threshold(), alert.suggestedOrderQuantity(), alert.raisedAt(),
                acknowledgedAt, null);
    }

    private Alert find(String id) {
        AlertId alertId;
        try {
            alertId = new AlertId(id);
        } catch (InvalidValueException e) {
            throw new UnknownAlertException(id);
        }
        Alert alert = queries.query(new FindAlert(alertId.value()), ResponseTypes.instanceOf(Alert.class)).join();
        if (alert == null) {
            throw new UnknownAlertException(id);
        }
        return alert;
    }
}
