package io.stockledger.inventory.query.reservation;

import io.stockledger.inventory.command.reservation.Allocation;
import io.stockledger.inventory.command.reservation.ReservationPlaced;
import io.stockledger.inventory.command.reservation.ReservationReleased;
import io.stockledger.inventory.command.reservation.ReservationShipped;
import io.stockledger.inventory.command.reservation.ReservationStatus;
import io.stockledger.inventory.command.reservation.ReservationView;
import io.stockledger.inventory.query.common.Timestamps;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import io.stockledger.inventory.query.common.BatchedWrites;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

/**
 * The {@code reservation} and {@code reservation_allocation} tables: every reservation with its status
 * and allocations. Placement inserts (ignoring a replayed duplicate); status changes update. Writes are
 * batched per unit of work ({@link BatchedWrites}).
 */
@ProcessingGroup("reservations")
public class ReservationProjection {

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    /** @param jdbc the database */
    public ReservationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc);
    }

    @EventHandler
    void on(ReservationPlaced e) {
        writes.add("""
                INSERT INTO reservation (reservation_id, order_id, status, expires_at, placed_at, updated_at)
                VALUES (?, ?, 'RESERVED', ?, ?, ?) ON CONFLICT (reservation_id) DO NOTHING""",
                e.reservationId(), e.orderId(), Timestamps.of(e.expiresAt()), Timestamps.of(e.occurredAt()),
                Timestamps.of(e.occurredAt()));
        List<Allocation> allocations = e.allocations();
        for (int line = 0; line < allocations.size(); line++) {
            Allocation a = allocations.get(line);
            writes.add("INSERT INTO reservation_allocation (reservation_id, line_no, sku, warehouse, quantity) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (reservation_id, line_no) DO NOTHING",
                    e.reservationId(), line, a.sku(), a.warehouse(), a.quantity());
        }
    }

    @EventHandler
    void on(ReservationShipped e) {
        status(e.reservationId(), ReservationStatus.SHIPPED, e.occurredAt());
    }

    @EventHandler
    void on(ReservationReleased e) {
        status(e.reservationId(), ReservationStatus.RELEASED, e.occurredAt());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM reservation");
    }

    /** @return the reservation, or {@code null} */
    @QueryHandler
    public ReservationView handle(FindReservation query) {
        List<Allocation> allocations = jdbc.query("SELECT sku, warehouse, quantity FROM reservation_allocation "
                        + "WHERE reservation_id = ? ORDER BY line_no",
                (rs, i) -> new Allocation(rs.getString(1), rs.getString(2), rs.getLong(3)), query.reservationId());
        List<ReservationView> rows = jdbc.query("SELECT * FROM reservation WHERE reservation_id = ?",
                (rs, i) -> new ReservationView(rs.getString("reservation_id"), rs.getString("order_id"),
                        ReservationStatus.valueOf(rs.getString("status")),
                        Timestamps.of(rs.getTimestamp("expires_at")), allocations,
                        Timestamps.of(rs.getTimestamp("placed_at")), Timestamps.of(rs.getTimestamp("updated_at"))),
                query.reservationId());
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void status(String reservationId, ReservationStatus status, Instant at) {
        writes.add("UPDATE reservation SET status = ?, updated_at = ? WHERE reservation_id = ?", status.name(),
                Timestamps.of(at), reservationId);
    }
}
