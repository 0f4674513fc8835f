package io.stockledger.inventory.query.reservation;

import io.stockledger.inventory.command.reservation.Allocation;
import io.stockledger.inventory.command.reservation.ReservationExpired;
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

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    @EventHandler
    void on(ReservationExpired e) {
        status(e.reservationId(), ReservationStatus.EXPIRED, e.occurredAt());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM reservation");
    }

    /** @return the reservation, or {@code null} */
    @QueryHandler
    public ReservationView handle(FindReservation query) {
        List<ReservationView> rows = views("SELECT * FROM reservation WHERE reservation_id = ?",
                List.of(query.reservationId()));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** @return one page of reservations, soonest expiry first */
    @QueryHandler
    public ReservationPage handle(ListReservations query) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (query.orderId() != null) {
            where.append(" AND r.order_id = ?");
            args.add(query.orderId());
        }
        if (query.status() != null) {
            where.append(" AND r.status = ?");
            args.add(query.status().name());
        }
        if (query.expiringBefore() != null) {
            where.append(" AND r.expires_at < ?");
            args.add(Timestamps.of(query.expiringBefore()));
        }
        if (query.sku() != null || query.warehouse() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM reservation_allocation a WHERE a.reservation_id = r.reservation_id");
            if (query.sku() != null) {
                where.append(" AND a.sku = ?");
                args.add(query.sku());
            }
            if (query.warehouse() != null) {
                where.append(" AND a.warehouse = ?");
                args.add(query.warehouse());
            }
            where.append(")");
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM reservation r" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<ReservationView> items = views("SELECT r.* FROM reservation r" + where
                + " ORDER BY r.expires_at NULLS LAST, r.placed_at, r.reservation_id LIMIT ? OFFSET ?", pageArgs);
        return new ReservationPage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    /** @return ids of open reservations due to expire, soonest first */
    @QueryHandler
    public List<String> handle(ExpiredReservations query) {
        return jdbc.queryForList("SELECT reservation_id FROM reservation WHERE status = 'RESERVED' "
                + "AND expires_at <= ? ORDER BY expires_at LIMIT ?", String.class, Timestamps.of(query.now()),
                query.limit());
    }

    private List<ReservationView> views(String sql, List<Object> args) {
        List<Object[]> rows = jdbc.query(sql, (rs, i) -> new Object[]{rs.getString("reservation_id"),
                rs.getString("order_id"), rs.getString("status"), rs.getTimestamp("expires_at"),
                rs.getTimestamp("placed_at"), rs.getTimestamp("updated_at")}, args.toArray());
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Allocation>> allocations = new HashMap<>();
        String ids = String.join(",", Collections.nCopies(rows.size(), "?"));
        jdbc.query("SELECT reservation_id, sku, warehouse, quantity FROM reservation_allocation "
                        + "WHERE reservation_id IN (" + ids + ") ORDER BY reservation_id, line_no",
                rs -> {
                    allocations.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Allocation(rs.getString(2), rs.getString(3), rs.getLong(4)));
                }, rows.stream().map(r -> r[0]).toArray());
        List<ReservationView> views = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            views.add(new ReservationView((String) r[0], (String) r[1], ReservationStatus.valueOf((String) r[2]),
                    Timestamps.of((Timestamp) r[3]), allocations.getOrDefault((String) r[0], List.of()),
                    Timestamps.of((Timestamp) r[4]), Timestamps.of((Timestamp) r[5])));
        }
        return views;
    }

    private void status(String reservationId, ReservationStatus status, Instant at) {
        writes.add("UPDATE reservation SET status = ?, updated_at = ? WHERE reservation_id = ?", status.name(),
                Timestamps.of(at), reservationId);
    }
}
