package io.stockledger.inventory.api.warehouse;

import io.stockledger.inventory.api.problem.ProblemResponses;
import io.stockledger.inventory.api.problem.ProblemType;
import io.stockledger.inventory.api.web.Commands;
import io.stockledger.inventory.api.web.Required;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.warehouse.ActivateWarehouse;
import io.stockledger.inventory.command.warehouse.CreateWarehouse;
import io.stockledger.inventory.command.warehouse.DeactivateWarehouse;
import io.stockledger.inventory.command.warehouse.DuplicateWarehouseException;
import io.stockledger.inventory.command.warehouse.UnknownWarehouseException;
import io.stockledger.inventory.command.warehouse.UpdateWarehouse;
import io.stockledger.inventory.command.warehouse.WarehouseDetails;
import io.stockledger.inventory.command.warehouse.WarehouseView;
import io.stockledger.inventory.query.warehouse.FindWarehouse;
import io.stockledger.inventory.query.warehouse.ListWarehouses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Warehouses: {@code /api/v1/warehouses} (see docs/api.md). */
@Tag(name = "Warehouses", description = "Where stock is kept, their priority, active or not")
@RestController
@RequestMapping("/api/v1/warehouses")
public class WarehouseController {

    /**
     * Body of {@code POST /api/v1/warehouses}.
     *
     * @param code     1–32 of {@code [A-Z0-9._-]}
     * @param name     display name
     * @param address  free text, optional
     * @param timezone IANA zone, default UTC
     * @param priority −1000 … 1000, default 0
     * @param active   default true
     */
    public record CreateRequest(String code, String name, String address, String timezone, Integer priority,
                                Boolean active) {
    }

    /**
     * Body of {@code PUT /api/v1/warehouses/{code}}.
     *
     * @param name     display name
     * @param address  free text, optional
     * @param timezone IANA zone, default UTC
     * @param priority −1000 … 1000, default 0
     */
    public record UpdateRequest(String name, String address, String timezone, Integer priority) {
    }

    private final Commands commands;
    private final QueryGateway queries;
    private final WarehouseGuard guard;

    WarehouseController(Commands commands, QueryGateway queries, WarehouseGuard guard) {
        this.commands = commands;
        this.queries = queries;
        this.guard = guard;
    }

    /** 201 with the warehouse; 409 duplicate-warehouse. */
    @ProblemResponses(ProblemType.DUPLICATE_WAREHOUSE)
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    public ResponseEntity<WarehouseView> create(@RequestBody CreateRequest body) {
        WarehouseCode code = new WarehouseCode(Required.of("code", body.code()));
        WarehouseDetails details = new WarehouseDetails(body.name(), body.address(), body.timezone(),
                body.priority() == null ? 0 : body.priority());
        if (queries.query(new FindWarehouse(code.value()), ResponseTypes.instanceOf(WarehouseView.class)).join() != null) {
            throw new DuplicateWarehouseException(code.value());
        }
        commands.send(new CreateWarehouse(code, details, body.active() == null || body.active()));
        WarehouseView created = guard.existing(code);
        return ResponseEntity.created(URI.create("/api/v1/warehouses/" + code.value())).body(created);
    }

    /** 200 with every warehouse, ordered by code. */
    @GetMapping
    public List<WarehouseView> list() {
        return queries.query(new ListWarehouses(), ResponseTypes.multipleInstancesOf(WarehouseView.class)).join();
    }

    /** 200 with the warehouse; 404 unknown-warehouse. */
    @ProblemResponses(ProblemType.UNKNOWN_WAREHOUSE)
    @GetMapping("/{code}")
    public WarehouseView get(@PathVariable String code) {
        WarehouseView view = queries.query(new FindWarehouse(new WarehouseCode(code).value()),
                ResponseTypes.instanceOf(WarehouseView.class)).join();
        if (view == null) {
            throw new UnknownWarehouseException(code);
        }
        return view;
    }

    /** 200 with the updated warehouse. */
    @ProblemResponses(ProblemType.UNKNOWN_WAREHOUSE)
    @PutMapping("/{code}")
    public WarehouseView update(@PathVariable String code, @RequestBody UpdateRequest body) {
        WarehouseCode warehouse = new WarehouseCode(code);
        guard.existing(warehouse);
        return commands.send(new UpdateWarehouse(warehouse, new WarehouseDetails(body.name(), body.address(),
                body.timezone(), body.priority() == null ? 0 : body.priority())));
    }

    /** 200: takes no new reservations or transfers; its stock stays visible. */
    @ProblemResponses(ProblemType.UNKNOWN_WAREHOUSE)
    @PostMapping("/{code}/deactivate")
    public WarehouseView deactivate(@PathVariable String code) {
        WarehouseCode warehouse = new WarehouseCode(code);
        guard.existing(warehouse);
        return commands.send(new DeactivateWarehouse(warehouse));
    }

    /** 200: takes new reservations and transfers again. */
    @ProblemResponses(ProblemType.UNKNOWN_WAREHOUSE)
    @PostMapping("/{code}/activate")
    public WarehouseView activate(@PathVariable String code) {
        WarehouseCode warehouse = new WarehouseCode(code);
        guard.existing(warehouse);
        return commands.send(new ActivateWarehouse(warehouse));
    }
}
