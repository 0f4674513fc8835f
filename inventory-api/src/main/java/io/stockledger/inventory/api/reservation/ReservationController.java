package io.stockledger.inventory.api.reservation;

import io.stockledger.inventory.api.warehouse.WarehouseGuard;
import io.stockledger.inventory.api.web.Commands;
import io.stockledger.inventory.api.web.Required;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.reservation.PlaceReservation;
import io.stockledger.inventory.command.reservation.ReleaseReservation;
import io.stockledger.inventory.command.reservation.ReservationLine;
import io.stockledger.inventory.command.reservation.ReservationView;
import io.stockledger.inventory.command.reservation.ShipReservation;
import io.stockledger.inventory.command.reservation.UnknownReservationException;
import io.stockledger.inventory.query.reservation.FindReservation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reservations for order services: hold all lines of an order or none, then ship or release.
 */
@RestController
@RequestMapping("/api/v1/reservations")
public class ReservationController {

    /** Longest hold, in seconds (30 days). */
    public static final long MAX_TTL_SECONDS = 30L * 24 * 3600;
    /** Hold time when the order gives none, in seconds. */
    public static final long DEFAULT_TTL_SECONDS = 1800;

    /**
     * One order line.
     *
     * @param sku       SKU code
     * @param quantity  units, 1 … 10⁹
     * @param warehouse warehouse code
     */
    public record LineRequest(String sku, Long quantity, String warehouse) {
    }

    /**
     * Body of {@code POST /api/v1/reservations}.
     *
     * @param orderId    the client's order id
     * @param ttlSeconds hold time in seconds, default 1800, 0 = no expiry
     * @param lines      1 … 200 lines
     */
    public record ReservationRequest(String orderId, Long ttlSeconds, List<LineRequest> lines) {
    }

    private final Commands commands;
    private final QueryGateway queries;
    private final WarehouseGuard warehouses;
    private final Clock clock;

    ReservationController(Commands commands, QueryGateway queries, WarehouseGuard warehouses, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    /** 201 with the reservation; 409 insufficient-stock with {@code shortages}, nothing held. */
    @PostMapping
    public ResponseEntity<ReservationView> place(@RequestBody ReservationRequest body) {
        Instant now = clock.instant();
        long ttl = body.ttlSeconds() == null ? DEFAULT_TTL_SECONDS : body.ttlSeconds();
        if (ttl < 0 || ttl > MAX_TTL_SECONDS) {
            throw new InvalidValueException("ttlSeconds", "ttlSeconds must be between 0 and " + MAX_TTL_SECONDS);
        }
        List<LineRequest> given = Required.of("lines", body.lines());
        if (given.isEmpty() || given.size() > PlaceReservation.MAX_LINES) {
            throw new InvalidValueException("lines", "an order needs 1-" + PlaceReservation.MAX_LINES + " lines");
        }
        List<ReservationLine> lines = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            LineRequest line = given.get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                throw new InvalidValueException("lines[" + i + "]", "a line must be an object");
            }
            StockItemId item = StockItemId.of(Required.of(at + "sku", line.sku()),
                    Required.of(at + "warehouse", line.warehouse()));
            warehouses.active(item.warehouse());
            lines.add(new ReservationLine(item, Quantity.of(at + "quantity", Required.of(at + "quantity",
                    line.quantity()))));
        }
        ReservationView placed = commands.send(new PlaceReservation(ReservationId.random(), body.orderId(), lines,
                ttl == 0 ? null : now.plusSeconds(ttl), now));
        return ResponseEntity.created(URI.create("/api/v1/reservations/" + placed.reservationId())).body(placed);
    }

    /** 200 with the reservation (from the projection); 404 unknown-reservation. */
    @GetMapping("/{id}")
    public ReservationView get(@PathVariable String id) {
        ReservationView view = queries.query(new FindReservation(id(id).value()),
                ResponseTypes.instanceOf(ReservationView.class)).join();
        if (view == null) {
            throw new UnknownReservationException(id);
        }
        return view;
    }

    /** 200, status SHIPPED; 409 reservation-not-open unless RESERVED. */
    @PostMapping("/{id}/ship")
    public ReservationView ship(@PathVariable String id) {
        return commands.send(new ShipReservation(id(id), clock.instant()));
    }

    /** 200, status RELEASED; 409 reservation-not-open unless RESERVED. */
    @PostMapping("/{id}/release")
    public ReservationView release(@PathVariable String id) {
        return commands.send(new ReleaseReservation(id(id), clock.instant()));
    }

    private static ReservationId id(String id) {
        try {
            return new ReservationId(id);
        } catch (InvalidValueException e) {
            throw new UnknownReservationException(id);
        }
    }
}
