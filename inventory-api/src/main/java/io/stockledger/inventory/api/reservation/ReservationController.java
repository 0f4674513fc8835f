package io.stockledger.inventory.api.reservation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockledger.inventory.api.problem.ProblemHandler;
import io.stockledger.inventory.api.problem.ProblemResponses;
import io.stockledger.inventory.api.problem.ProblemType;
import io.stockledger.inventory.api.warehouse.WarehouseGuard;
import io.stockledger.inventory.api.web.BusinessTime;
import io.stockledger.inventory.api.web.Commands;
import io.stockledger.inventory.api.web.Identifiers;
import io.stockledger.inventory.api.web.Paging;
import io.stockledger.inventory.api.web.QueryParams;
import io.stockledger.inventory.api.web.Required;
import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.reservation.AllocationCandidate;
import io.stockledger.inventory.command.reservation.PlaceReservation;
import io.stockledger.inventory.command.reservation.ReleaseReservation;
import io.stockledger.inventory.command.reservation.RequestedLine;
import io.stockledger.inventory.command.reservation.RequestedLines;
import io.stockledger.inventory.command.reservation.ReservationLine;
import io.stockledger.inventory.command.reservation.ReservationStatus;
import io.stockledger.inventory.command.reservation.ReservationView;
import io.stockledger.inventory.command.reservation.ShipReservation;
import io.stockledger.inventory.command.reservation.UnknownReservationException;
import io.stockledger.inventory.query.reservation.FindOpenOrder;
import io.stockledger.inventory.query.reservation.FindReservation;
import io.stockledger.inventory.query.reservation.ListReservations;
import io.stockledger.inventory.query.reservation.OpenOrder;
import io.stockledger.inventory.query.reservation.ReservationPage;
import io.stockledger.inventory.query.warehouse.WarehouseDirectory;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reservations for order services: hold all lines of an order or none (lines with or without a warehouse),
 * retry safely, then ship or release; holds expire. See docs/reservations.md.
 */
@Tag(name = "Reservations", description = "Holds for orders: all lines or none, retries, ship, release, expiry")
@RestController
@RequestMapping("/api/v1/reservations")
public class ReservationController {

    /** Longest hold, in seconds (30 days). */
    public static final long MAX_TTL_SECONDS = 30L * 24 * 3600;
    /** Hold time when the order gives none, in seconds. */
    public static final long DEFAULT_TTL_SECONDS = 1800;

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /**
     * One order line.
     *
     * @param sku       SKU code
     * @param quantity  units, 1 … 10⁹
     * @param warehouse warehouse code, or absent to let the service allocate
     */
    @Schema(name = "ReservationLineRequest")
    public record LineRequest(String sku, Long quantity, String warehouse) {
    }

    /**
     * Body of {@code POST /api/v1/reservations}.
     *
     * @param orderId    the client's order id
     * @param ttlSeconds hold time in seconds, default 1800, 0 = no expiry, at most 30 days
     * @param lines      1 … {@code stockledger.reservations.max-lines} (200) lines
     * @param occurredAt business time of the order (back-dating, e.g. a replay), default now; the expiry
     *                   counts from now
     */
    public record ReservationRequest(String orderId, Long ttlSeconds, List<LineRequest> lines, Instant occurredAt) {
    }

    /**
     * Optional body of ship and release.
     *
     * @param occurredAt business time, default now
     */
    public record StepRequest(Instant occurredAt) {
    }

    private final Commands commands;
    private final QueryGateway queries;
    private final WarehouseGuard warehouses;
    private final WarehouseDirectory directory;
    private final IdempotencyStore idempotency;
    private final ProblemHandler problems;
    private final ObjectMapper json;
    private final Clock clock;
    private final int maxLines;

    ReservationController(Commands commands, QueryGateway queries, WarehouseGuard warehouses,
                          WarehouseDirectory directory, IdempotencyStore idempotency, ProblemHandler problems,
                          ObjectMapper json, Clock clock,
                          @Value("${stockledger.reservations.max-lines:200}") int maxLines) {
        this.commands = commands;
        this.queries = queries;
        this.warehouses = warehouses;
        this.directory = directory;
        this.idempotency = idempotency;
        this.problems = problems;
        this.json = json;
        this.clock = clock;
        this.maxLines = Math.min(maxLines, PlaceReservation.MAX_LINES);
    }

    /**
     * 201 with the reservation; 200 with the open reservation of the same order and lines; 409
     * insufficient-stock with {@code shortages} (nothing held) or order-already-reserved; with an
     * {@code Idempotency-Key}, the first answer to that key again, or 422 for another body.
     */
    @ProblemResponses({ProblemType.UNKNOWN_WAREHOUSE, ProblemType.INSUFFICIENT_STOCK,
            ProblemType.ORDER_ALREADY_RESERVED, ProblemType.INACTIVE_WAREHOUSE, ProblemType.IDEMPOTENCY_KEY_REUSE})
    @ApiResponse(responseCode = "201", description = "Held",
            content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @ApiResponse(responseCode = "200", description = "The open reservation of the same order and lines",
            content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @PostMapping
    public ResponseEntity<?> place(@RequestHeader(value = "Idempotency-Key", required = false) String key,
                                   @RequestBody ReservationRequest body) {
        if (key == null) {
            return placeOrder(body, ReservationId.random(), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidValueException("Idempotency-Key", "Idempotency-Key must be 1-255 printable characters");
        }
        String hash = hash(body);
        IdempotencyStore.Answer first = idempotency.find(key).orElse(null);
        if (first == null) {
            ResponseEntity<?> answer;
            try {
                answer = placeOrder(body, idFor(key), true);
            } catch (InsufficientStockException e) {
                answer = problems.insufficient(e);
            }
            first = idempotency.putIfAbsent(key, new IdempotencyStore.Answer(hash, answer.getStatusCode().value(),
                    write(answer.getBody())));
        }
        if (!first.requestHash().equals(hash)) {
            throw new IdempotencyKeyReuseException(key);
        }
        return ResponseEntity.status(first.status())
                .contentType(first.status() < 300 ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON)
                .body(first.body());
    }

    /** 200 with the reservation (from the projection); 404 unknown-reservation. */
    @ProblemResponses(ProblemType.UNKNOWN_RESERVATION)
    @GetMapping("/{id}")
    public ReservationView get(@PathVariable String id) {
        ReservationView view = queries.query(new FindReservation(id(id).value()),
                ResponseTypes.instanceOf(ReservationView.class)).join();
        if (view == null) {
            throw new UnknownReservationException(id);
        }
        return view;
    }

    /** A page of reservations by order, SKU, warehouse, status, expiring before; soonest expiry first. */
    @GetMapping
    public ReservationPage list(@RequestParam(required = false) String orderId,
                                @RequestParam(required = false) String sku,
                                @RequestParam(required = false) String warehouse,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String expiringBefore,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return queries.query(new ListReservations(orderId, sku == null ? null : new Sku(sku).value(),
                        warehouse == null ? null : new WarehouseCode(warehouse).value(),
                        QueryParams.choice(ReservationStatus.class, "status", status),
                        QueryParams.instant("expiringBefore", expiringBefore), page, size),
                ResponseTypes.instanceOf(ReservationPage.class)).join();
    }

    /** 200, status SHIPPED; 409 reservation-not-open unless RESERVED. */
    @ProblemResponses({ProblemType.UNKNOWN_RESERVATION, ProblemType.RESERVATION_NOT_OPEN})
    @PostMapping("/{id}/ship")
    public ReservationView ship(@PathVariable String id, @RequestBody(required = false) StepRequest body) {
        return commands.send(new ShipReservation(id(id), BusinessTime.of(body == null ? null : body.occurredAt(), clock)));
    }

    /** 200, status RELEASED; 409 reservation-not-open unless RESERVED. */
    @ProblemResponses({ProblemType.UNKNOWN_RESERVATION, ProblemType.RESERVATION_NOT_OPEN})
    @PostMapping("/{id}/release")
    public ReservationView release(@PathVariable String id, @RequestBody(required = false) StepRequest body) {
        return commands.send(new ReleaseReservation(id(id),
                BusinessTime.of(body == null ? null : body.occurredAt(), clock)));
    }

    private ResponseEntity<ReservationView> placeOrder(ReservationRequest body, ReservationId reservationId,
                                                       boolean retried) {
        Instant now = clock.instant();
        long ttl = body.ttlSeconds() == null ? DEFAULT_TTL_SECONDS : body.ttlSeconds();
        if (ttl < 0 || ttl > MAX_TTL_SECONDS) {
            throw new InvalidValueException("ttlSeconds", "ttlSeconds must be between 0 and " + MAX_TTL_SECONDS);
        }
        List<ReservationLine> lines = lines(Required.of("lines", body.lines()));
        PlaceReservation command = new PlaceReservation(reservationId, body.orderId(), lines, candidates(lines),
                ttl == 0 ? null : now.plusSeconds(ttl), BusinessTime.of(body.occurredAt(), clock), retried);
        try {
            ReservationView placed = commands.send(command);
            return ResponseEntity.created(URI.create("/api/v1/reservations/" + placed.reservationId())).body(placed);
        } catch (InsufficientStockException e) {
            // Refused for stock: a repeat of an open order is refused too (its own hold takes the stock), but
            // it must answer as a repeat.
            ResponseEntity<ReservationView> open = openOrder(command, RequestedLines.fingerprint(requested(lines)));
            if (open != null) {
                return open;
            }
            throw e;
        } catch (RuntimeException e) {
            if (!causedByDuplicateKey(e)) {
                throw e;
            }
            // The order is open already (the open_order key refused a second one): answer as for a repeat,
            // or, when it closed in the meantime, place it again.
            ResponseEntity<ReservationView> open = openOrder(command, RequestedLines.fingerprint(requested(lines)));
            if (open != null) {
                return open;
            }
            ReservationView placed = commands.send(command);
            return ResponseEntity.created(URI.create("/api/v1/reservations/" + placed.reservationId())).body(placed);
        }
    }

    /** The answer for an order that is open already: its reservation (same lines) or a conflict. */
    private ResponseEntity<ReservationView> openOrder(PlaceReservation command, String fingerprint) {
        OpenOrder open = queries.query(new FindOpenOrder(command.orderId()),
                ResponseTypes.instanceOf(OpenOrder.class)).join();
        if (open == null) {
            return null;
        }
        if (!open.linesFingerprint().equals(fingerprint)) {
            throw new OrderAlreadyReservedException(command.orderId(), open.reservationId());
        }
        ReservationView existing = commands.send(new PlaceReservation(new ReservationId(open.reservationId()),
                command.orderId(), command.lines(), command.candidates(), command.expiresAt(),
                command.occurredAt(), true));
        return ResponseEntity.ok(existing);
    }

    private static boolean causedByDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }

    private List<ReservationLine> lines(List<LineRequest> given) {
        if (given.isEmpty() || given.size() > maxLines) {
            throw new InvalidValueException("lines", "an order needs 1-" + maxLines + " lines");
        }
        List<ReservationLine> lines = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            LineRequest line = given.get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                throw new InvalidValueException("lines[" + i + "]", "a line must be an object");
            }
            Sku sku = Identifiers.sku(at + "sku", line.sku());
            WarehouseCode warehouse = null;
            if (line.warehouse() != null) {
                warehouse = Identifiers.warehouse(at + "warehouse", line.warehouse());
                warehouses.active(warehouse);
            }
            lines.add(new ReservationLine(sku, warehouse, Quantity.of(at + "quantity",
                    Required.of(at + "quantity", line.quantity()))));
        }
        return lines;
    }

    private List<AllocationCandidate> candidates(List<ReservationLine> lines) {
        if (lines.stream().allMatch(l -> l.warehouse() != null)) {
            return List.of();
        }
        return directory.all().stream().filter(w -> w.active())
                .map(w -> new AllocationCandidate(w.code(), w.priority())).toList();
    }

    private static List<RequestedLine> requested(List<ReservationLine> lines) {
        Map<String, RequestedLine> merged = new LinkedHashMap<>();
        for (ReservationLine l : lines) {
            String warehouse = l.warehouse() == null ? null : l.warehouse().value();
            merged.merge(l.sku().value() + "|" + warehouse,
                    new RequestedLine(l.sku().value(), warehouse, l.quantity().value()),
                    (a, b) -> new RequestedLine(a.sku(), a.warehouse(), a.quantity() + b.quantity()));
        }
        return new ArrayList<>(merged.values());
    }

    /** The reservation id of a keyed request: the same key always names the same reservation. */
    private static ReservationId idFor(String key) {
        return new ReservationId(UUID.nameUUIDFromBytes(("stockledger-reservation:" + key)
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    private String hash(ReservationRequest body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the request", e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer", e);
        }
    }

    private static ReservationId id(String id) {
        try {
            return new ReservationId(id);
        } catch (InvalidValueException e) {
            throw new UnknownReservationException(id);
        }
    }
}
