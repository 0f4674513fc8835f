package io.stockledger.inventory.api.transfer;

import io.stockledger.inventory.api.problem.ProblemResponses;
import io.stockledger.inventory.api.problem.ProblemType;
import io.stockledger.inventory.api.warehouse.WarehouseGuard;
import io.stockledger.inventory.api.web.BusinessTime;
import io.stockledger.inventory.api.web.Commands;
import io.stockledger.inventory.api.web.Identifiers;
import io.stockledger.inventory.api.web.Paging;
import io.stockledger.inventory.api.web.QueryParams;
import io.stockledger.inventory.api.web.Required;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.TransferId;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.transfer.CancelTransfer;
import io.stockledger.inventory.command.transfer.DispatchTransfer;
import io.stockledger.inventory.command.transfer.ReceiveTransfer;
import io.stockledger.inventory.command.transfer.ReceivedLine;
import io.stockledger.inventory.command.transfer.RequestTransfer;
import io.stockledger.inventory.command.transfer.TransferLine;
import io.stockledger.inventory.command.transfer.TransferStatus;
import io.stockledger.inventory.command.transfer.TransferView;
import io.stockledger.inventory.command.transfer.UnknownTransferException;
import io.stockledger.inventory.query.transfer.FindTransfer;
import io.stockledger.inventory.query.transfer.ListTransfers;
import io.stockledger.inventory.query.transfer.TransferPage;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Transfers of stock between warehouses, for warehouse staff and ERPs: request (units held at the source),
 * dispatch (on hand at the source → in transit at the destination), receive (→ on hand at the destination,
 * short or over deliveries recorded as discrepancies) or cancel before dispatch. See docs/transfers.md.
 */
@Tag(name = "Transfers", description = "Stock moved between warehouses: request, dispatch, receive, cancel")
@RestController
@RequestMapping("/api/v1/transfers")
public class TransferController {

    /**
     * One line of a request or a receipt.
     *
     * @param sku      SKU code
     * @param quantity units: 1 … 10⁹ to request, 0 … 10⁹ received
     */
    @Schema(name = "TransferLineRequest")
    public record LineRequest(String sku, Long quantity) {
    }

    /**
     * Body of {@code POST /api/v1/transfers}.
     *
     * @param from       source warehouse code
     * @param to         destination warehouse code, not the source
     * @param lines      1 … {@code stockledger.transfers.max-lines} (200) lines; lines of one SKU are added up
     * @param reference  the client's reference, up to 128 characters, optional
     * @param occurredAt business time, default now
     */
    public record TransferRequest(String from, String to, List<LineRequest> lines, String reference,
                                  Instant occurredAt) {
    }

    /**
     * Optional body of dispatch.
     *
     * @param trackingNumber the carrier's tracking number, up to 128 characters
     * @param occurredAt     business time, default now
     */
    public record DispatchRequest(String trackingNumber, Instant occurredAt) {
    }

    /**
     * Body of receive.
     *
     * @param lines      units that arrived per SKU (SKUs of the transfer not named arrived as 0 units)
     * @param occurredAt business time, default now
     */
    public record ReceiveRequest(List<LineRequest> lines, Instant occurredAt) {
    }

    /**
     * Optional body of cancel.
     *
     * @param occurredAt business time, default now
     */
    public record CancelRequest(Instant occurredAt) {
    }

    private static final int MAX_TEXT = 128;

    private final Commands commands;
    private final QueryGateway queries;
    private final WarehouseGuard warehouses;
    private final Clock clock;
    private final int maxLines;

    TransferController(Commands commands, QueryGateway queries, WarehouseGuard warehouses, Clock clock,
                       @Value("${stockledger.transfers.max-lines:200}") int maxLines) {
        this.commands = commands;
        this.queries = queries;
        this.warehouses = warehouses;
        this.clock = clock;
        this.maxLines = maxLines;
    }

    /**
     * 201 with the transfer, status REQUESTED; 400 invalid-request (from = to, no lines, bad line); 404
     * unknown-warehouse; 422 inactive-warehouse; 409 insufficient-stock with {@code shortages} (nothing held).
     */
    @ProblemResponses({ProblemType.UNKNOWN_WAREHOUSE, ProblemType.INSUFFICIENT_STOCK, ProblemType.INACTIVE_WAREHOUSE})
    @ApiResponse(responseCode = "201", description = "Requested: units held at from", useReturnTypeSchema = true)
    @PostMapping
    public ResponseEntity<TransferView> request(@RequestBody TransferRequest body) {
        WarehouseCode from = Identifiers.warehouse("from", body.from());
        WarehouseCode to = Identifiers.warehouse("to", body.to());
        if (from.equals(to)) {
            throw new InvalidValueException("to", "a transfer must go to another warehouse than " + from.value());
        }
        List<TransferLine> lines = new ArrayList<>();
        for (LineRequest line : lines(body.lines())) {
            String at = "lines[" + lines.size() + "].";
            lines.add(new TransferLine(Identifiers.sku(at + "sku", line.sku()),
                    Quantity.of(at + "quantity", Required.of(at + "quantity", line.quantity()))));
        }
        warehouses.active(from);
        warehouses.active(to);
        TransferView requested = commands.send(new RequestTransfer(TransferId.random(), from, to, lines,
                text("reference", body.reference()), BusinessTime.of(body.occurredAt(), clock)));
        return ResponseEntity.created(URI.create("/api/v1/transfers/" + requested.transferId())).body(requested);
    }

    /** 200, status IN_TRANSIT; 409 transfer-not-open unless REQUESTED; 404 unknown-transfer. */
    @ProblemResponses({ProblemType.UNKNOWN_TRANSFER, ProblemType.TRANSFER_NOT_OPEN, ProblemType.INSUFFICIENT_STOCK})
    @PostMapping("/{id}/dispatch")
    public TransferView dispatch(@PathVariable String id, @RequestBody(required = false) DispatchRequest body) {
        DispatchRequest given = body == null ? new DispatchRequest(null, null) : body;
        return commands.send(new DispatchTransfer(id(id), text("trackingNumber", given.trackingNumber()),
                BusinessTime.of(given.occurredAt(), clock)));
    }

    /**
     * 200, status COMPLETED, with discrepancies; 409 transfer-not-open unless IN_TRANSIT; 400 for a SKU not on
     * the transfer; 404 unknown-transfer.
     */
    @ProblemResponses({ProblemType.UNKNOWN_TRANSFER, ProblemType.TRANSFER_NOT_OPEN, ProblemType.INACTIVE_WAREHOUSE})
    @PostMapping("/{id}/receive")
    public TransferView receive(@PathVariable String id, @RequestBody ReceiveRequest body) {
        List<ReceivedLine> lines = new ArrayList<>();
        for (LineRequest line : lines(body.lines())) {
            String at = "lines[" + lines.size() + "].";
            long quantity = Required.of(at + "quantity", line.quantity());
            if (quantity < 0 || quantity > Quantity.MAX) {
                throw new InvalidValueException(at + "quantity", "received quantity must be between 0 and "
                        + Quantity.MAX);
            }
            lines.add(new ReceivedLine(Identifiers.sku(at + "sku", line.sku()), quantity));
        }
        return commands.send(new ReceiveTransfer(id(id), lines, BusinessTime.of(body.occurredAt(), clock)));
    }

    /** 200, status CANCELLED, holds released; 409 transfer-not-open unless REQUESTED; 404 unknown-transfer. */
    @ProblemResponses({ProblemType.UNKNOWN_TRANSFER, ProblemType.TRANSFER_NOT_OPEN})
    @PostMapping("/{id}/cancel")
    public TransferView cancel(@PathVariable String id, @RequestBody(required = false) CancelRequest body) {
        return commands.send(new CancelTransfer(id(id), BusinessTime.of(body == null ? null : body.occurredAt(), clock)));
    }

    /** 200 with the transfer (from the projection); 404 unknown-transfer. */
    @ProblemResponses(ProblemType.UNKNOWN_TRANSFER)
    @GetMapping("/{id}")
    public TransferView get(@PathVariable String id) {
        TransferView view = queries.query(new FindTransfer(id(id).value()),
                ResponseTypes.instanceOf(TransferView.class)).join();
        if (view == null) {
            throw new UnknownTransferException(id);
        }
        return view;
    }

    /** A page of transfers by status, source and destination; most recently requested first. */
    @GetMapping
    public TransferPage list(@RequestParam(required = false) String status,
                             @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return queries.query(new ListTransfers(QueryParams.choice(TransferStatus.class, "status", status),
                        from == null ? null : Identifiers.warehouse("from", from).value(),
                        to == null ? null : Identifiers.warehouse("to", to).value(), page, size),
                ResponseTypes.instanceOf(TransferPage.class)).join();
    }

    private List<LineRequest> lines(List<LineRequest> given) {
        Required.of("lines", given);
        if (given.isEmpty() || given.size() > maxLines) {
            throw new InvalidValueException("lines", "a transfer needs 1-" + maxLines + " lines");
        }
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw new InvalidValueException("lines[" + i + "]", "a line must be an object");
            }
        }
        return given;
    }

    private static String text(String field, String value) {
        if (value != null && (value.isBlank() || value.length() > MAX_TEXT)) {
            throw new InvalidValueException(field, field + " must be 1-" + MAX_TEXT + " characters");
        }
        return value;
    }

    private static TransferId id(String id) {
        try {
            return new TransferId(id);
        } catch (InvalidValueException e) {
            throw new UnknownTransferException(id);
        }
    }
}
