package io.stockledger.inventory.command.reservation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One order's hold on stock, across one or more stock items. Its commands are handled by
 * {@link ReservationCommandHandler}, which changes it together with the stock items it holds on, in one
 * unit of work. Rules: only a {@code RESERVED} reservation may be shipped or released; it expires only
 * when open and due.
 */
@Aggregate(cache = "reservationCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Reservation {

    @AggregateIdentifier
    private String reservationId;
    private String orderId;
    private List<Allocation> allocations;
    private List<RequestedLine> lines;
    private Instant expiresAt;
    private ReservationStatus status;
    private Instant placedAt;
    private Instant updatedAt;

    /** For Axon. */
    protected Reservation() {
    }

    /**
     * Record a placed reservation; the caller has already held every allocation.
     *
     * @param placed the event to apply
     */
    public Reservation(ReservationPlaced placed) {
        apply(placed);
    }

    /**
     * @param at business time
     * @return the allocations to ship
     * @throws ReservationNotOpenException unless {@code RESERVED}
     */
    public List<Allocation> ship(Instant at) {
        mustBeOpen();
        apply(new ReservationShipped(reservationId, orderId, at));
        return allocations;
    }

    /**
     * @param at business time
     * @return the allocations to release
     * @throws ReservationNotOpenException unless {@code RESERVED}
     */
    public List<Allocation> release(Instant at) {
        mustBeOpen();
        apply(new ReservationReleased(reservationId, orderId, at));
        return allocations;
    }

    /**
     * Drop the holds when the time has run out; otherwise (not open, or not yet due) nothing.
     *
     * @param now the current time
     * @return the allocations to release, empty when nothing expires
     */
    public List<Allocation> expire(Instant now) {
        if (status != ReservationStatus.RESERVED || expiresAt == null || expiresAt.isAfter(now)) {
            return List.of();
        }
        apply(new ReservationExpired(reservationId, orderId, expiresAt));
        return allocations;
    }

    /** @return the lines as requested (empty for reservations placed before lines were recorded) */
    public List<RequestedLine> lines() {
        return lines;
    }

    /** @return the reservation as clients see it */
    public ReservationView view() {
        return new ReservationView(reservationId, orderId, status, expiresAt, allocations, placedAt, updatedAt);
    }

    private void mustBeOpen() {
        if (status != ReservationStatus.RESERVED) {
            throw new ReservationNotOpenException(reservationId, status);
        }
    }

    @EventSourcingHandler
    void on(ReservationPlaced event) {
        reservationId = event.reservationId();
        orderId = event.orderId();
        allocations = List.copyOf(event.allocations());
        lines = event.lines() == null ? List.of() : List.copyOf(event.lines());
        expiresAt = event.expiresAt();
        status = ReservationStatus.RESERVED;
        placedAt = event.occurredAt();
        updatedAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ReservationShipped event) {
        status = ReservationStatus.SHIPPED;
        updatedAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ReservationReleased event) {
        status = ReservationStatus.RELEASED;
        updatedAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ReservationExpired event) {
        status = ReservationStatus.EXPIRED;
        updatedAt = event.occurredAt();
    }
}
