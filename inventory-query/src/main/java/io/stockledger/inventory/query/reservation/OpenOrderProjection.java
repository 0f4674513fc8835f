package io.stockledger.inventory.query.reservation;

import io.stockledger.inventory.command.reservation.RequestedLine;
import io.stockledger.inventory.command.reservation.RequestedLines;
import io.stockledger.inventory.command.reservation.ReservationExpired;
import io.stockledger.inventory.command.reservation.ReservationPlaced;
import io.stockledger.inventory.command.reservation.ReservationReleased;
import io.stockledger.inventory.command.reservation.ReservationShipped;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The {@code open_order} table: which orders have a {@code RESERVED} reservation. Runs in the subscribing
 * processor group {@code open-orders}, inside the transaction that appends the events, so it is never
 * behind; its primary key makes a second open reservation for the same order impossible (the second
 * transaction fails and the caller answers with the first).
 */
@ProcessingGroup("open-orders")
public class OpenOrderProjection {

    private final JdbcTemplate jdbc;

    /** @param jdbc the database */
    public OpenOrderProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReservationPlaced e) {
        List<RequestedLine> lines = e.lines() == null ? List.of() : e.lines();
        jdbc.update("INSERT INTO open_order (order_id, reservation_id, lines_fingerprint) VALUES (?, ?, ?)",
                e.orderId(), e.reservationId(), RequestedLines.fingerprint(lines));
    }

    @EventHandler
    void on(ReservationShipped e) {
        close(e.orderId(), e.reservationId());
    }

    @EventHandler
    void on(ReservationReleased e) {
        close(e.orderId(), e.reservationId());
    }

    @EventHandler
    void on(ReservationExpired e) {
        close(e.orderId(), e.reservationId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM open_order");
    }

    /** @return the order's open reservation, or {@code null} */
    @QueryHandler
    public OpenOrder handle(FindOpenOrder query) {
        List<OpenOrder> rows = jdbc.query("SELECT * FROM open_order WHERE order_id = ?",
                (rs, i) -> new OpenOrder(rs.getString("order_id"), rs.getString("reservation_id"),
                        rs.getString("lines_fingerprint")), query.orderId());
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void close(String orderId, String reservationId) {
        jdbc.update("DELETE FROM open_order WHERE order_id = ? AND reservation_id = ?", orderId, reservationId);
    }
}
