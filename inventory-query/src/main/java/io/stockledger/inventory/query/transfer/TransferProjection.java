package io.stockledger.inventory.query.transfer;

import io.stockledger.inventory.command.transfer.ReceiptLine;
import io.stockledger.inventory.command.transfer.TransferCancelled;
import io.stockledger.inventory.command.transfer.TransferDispatched;
import io.stockledger.inventory.command.transfer.TransferReceived;
import io.stockledger.inventory.command.transfer.TransferRequested;
import io.stockledger.inventory.command.transfer.TransferStatus;
import io.stockledger.inventory.command.transfer.TransferView;
import io.stockledger.inventory.command.transfer.TransferredLine;
import io.stockledger.inventory.query.common.BatchedWrites;
import io.stockledger.inventory.query.common.Timestamps;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code transfer} and {@code transfer_line} tables: every transfer with its status, lines, units
 * received and discrepancies. A request inserts (ignoring a replayed duplicate); later steps update.
 * Writes are batched per unit of work ({@link BatchedWrites}).
 */
@ProcessingGroup("transfers")
public class TransferProjection {

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    /** @param jdbc the database */
    public TransferProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc);
    }

    @EventHandler
    void on(TransferRequested e) {
        writes.add("""
                INSERT INTO transfer (transfer_id, from_warehouse, to_warehouse, status, reference, requested_at)
                VALUES (?, ?, ?, 'REQUESTED', ?, ?) ON CONFLICT (transfer_id) DO NOTHING""",
                e.transferId(), e.from(), e.to(), e.reference(), Timestamps.of(e.occurredAt()));
        List<TransferredLine> lines = e.lines();
        for (int line = 0; line < lines.size(); line++) {
            writes.add("INSERT INTO transfer_line (transfer_id, line_no, sku, quantity) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (transfer_id, line_no) DO NOTHING",
                    e.transferId(), line, lines.get(line).sku(), lines.get(line).quantity());
        }
    }

    @EventHandler
    void on(TransferDispatched e) {
        writes.add("UPDATE transfer SET status = 'IN_TRANSIT', tracking_number = ?, dispatched_at = ? "
                + "WHERE transfer_id = ?", e.trackingNumber(), Timestamps.of(e.occurredAt()), e.transferId());
    }

    @EventHandler
    void on(TransferReceived e) {
        writes.add("UPDATE transfer SET status = 'COMPLETED', completed_at = ? WHERE transfer_id = ?",
                Timestamps.of(e.occurredAt()), e.transferId());
        for (ReceiptLine line : e.lines()) {
            writes.add("UPDATE transfer_line SET received = ? WHERE transfer_id = ? AND sku = ?", line.received(),
                    e.transferId(), line.sku());
        }
    }

    @EventHandler
    void on(TransferCancelled e) {
        writes.add("UPDATE transfer SET status = 'CANCELLED', cancelled_at = ? WHERE transfer_id = ?",
                Timestamps.of(e.occurredAt()), e.transferId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM transfer");
    }

    /** @return the transfer, or {@code null} */
    @QueryHandler
    public TransferView handle(FindTransfer query) {
        List<TransferView> rows = views("SELECT * FROM transfer WHERE transfer_id = ?", List.of(query.transferId()));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** @return one page of transfers, most recently requested first */
    @QueryHandler
    public TransferPage handle(ListTransfers query) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (query.status() != null) {
            where.append(" AND status = ?");
            args.add(query.status().name());
        }
        if (query.from() != null) {
            where.append(" AND from_warehouse = ?");
            args.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND to_warehouse = ?");
            args.add(query.to());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM transfer" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<TransferView> items = views("SELECT * FROM transfer" + where
                + " ORDER BY requested_at DESC, transfer_id LIMIT ? OFFSET ?", pageArgs);
        return new TransferPage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    private List<TransferView> views(String sql, List<Object> args) {
        List<TransferView> heads = jdbc.query(sql, (rs, i) -> head(rs), args.toArray());
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<String, List<TransferView.Line>> lines = new HashMap<>();
        String ids = String.join(",", Collections.nCopies(heads.size(), "?"));
        jdbc.query("SELECT transfer_id, sku, quantity, received FROM transfer_line WHERE transfer_id IN (" + ids
                        + ") ORDER BY transfer_id, line_no",
                rs -> {
                    long received = rs.getLong(4);
                    lines.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new TransferView.Line(
                            rs.getString(2), rs.getLong(3), rs.wasNull() ? null : received));
                }, heads.stream().map(TransferView::transferId).toArray());
        List<TransferView> views = new ArrayList<>(heads.size());
        for (TransferView head : heads) {
            List<TransferView.Line> own = lines.getOrDefault(head.transferId(), List.of());
            List<TransferView.Discrepancy> discrepancies = head.status() != TransferStatus.COMPLETED ? List.of()
                    : own.stream()
                    .filter(line -> line.received() != null && line.received().longValue() != line.quantity())
                    .map(line -> new TransferView.Discrepancy(line.sku(), line.quantity(), line.received(),
                            line.received() - line.quantity()))
                    .toList();
            views.add(new TransferView(head.transferId(), head.from(), head.to(), head.status(), head.reference(),
                    own, head.trackingNumber(), discrepancies, head.requestedAt(), head.dispatchedAt(),
                    head.completedAt(), head.cancelledAt()));
        }
        return views;
    }

    private static TransferView head(ResultSet rs) throws SQLException {
        return new TransferView(rs.getString("transfer_id"), rs.getString("from_warehouse"),
                rs.getString("to_warehouse"), TransferStatus.valueOf(rs.getString("status")),
                rs.getString("reference"), List.of(), rs.getString("tracking_number"), List.of(),
                Timestamps.of(rs.getTimestamp("requested_at")), Timestamps.of(rs.getTimestamp("dispatched_at")),
                Timestamps.of(rs.getTimestamp("completed_at")), Timestamps.of(rs.getTimestamp("cancelled_at")));
    }
}
