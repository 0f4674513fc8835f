package io.stockledger.inventory.query.movement;

import io.stockledger.inventory.command.stock.Balances;
import io.stockledger.inventory.command.stock.QuantityChanged;
import io.stockledger.inventory.command.stock.ReturnCondition;
import io.stockledger.inventory.command.stock.StockAdjusted;
import io.stockledger.inventory.command.stock.StockCounted;
import io.stockledger.inventory.command.stock.StockDamaged;
import io.stockledger.inventory.command.stock.StockReceived;
import io.stockledger.inventory.command.stock.StockTransferredIn;
import io.stockledger.inventory.command.stock.StockTransferredOut;
import io.stockledger.inventory.command.stock.StockReturned;
import io.stockledger.inventory.command.stock.StockShipped;
import io.stockledger.inventory.query.common.Timestamps;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import io.stockledger.inventory.query.common.BatchedWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code stock_movement} table: the ledger of every change of on hand or damaged, with before and
 * after. Keyed by (SKU, warehouse, event sequence), so replays and redeliveries insert nothing twice.
 */
@ProcessingGroup("movements")
public class MovementProjection {

    private static final RowMapper<Movement> ROW = (rs, i) -> new Movement(rs.getString("sku"),
            rs.getString("warehouse"), MovementType.valueOf(rs.getString("type")), rs.getLong("quantity"),
            rs.getLong("damaged_change"), rs.getLong("on_hand_before"), rs.getLong("on_hand_after"),
            rs.getLong("reserved_after"), rs.getString("reference"), rs.getString("actor"),
            Timestamps.of(rs.getTimestamp("occurred_at")), Timestamps.of(rs.getTimestamp("recorded_at")),
            rs.getLong("sequence"));

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    /** @param jdbc the database */
    public MovementProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc);
    }

    @EventHandler
    void on(StockReceived e, @SequenceNumber long seq, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        record(e, MovementType.RECEIPT, e.quantity(), 0, e.reference(), actor, at, seq);
    }

    @EventHandler
    void on(StockShipped e, @SequenceNumber long seq, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        record(e, MovementType.SHIPMENT, -e.quantity(), 0, e.reservationId(), actor, at, seq);
    }

    @EventHandler
    void on(StockReturned e, @SequenceNumber long seq, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        boolean sellable = e.condition() == ReturnCondition.SELLABLE;
        record(e, MovementType.RETURN, sellable ? e.quantity() : 0, sellable ? 0 : e.quantity(), e.orderId(), actor,
                at, seq);
    }

    @EventHandler
    void on(StockDamaged e, @SequenceNumber long seq, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        record(e, MovementType.DAMAGE, -e.quantity(), e.quantity(), e.reason(), actor, at, seq);
    }

    @EventHandler
    void on(StockAdjusted e, @SequenceNumber long seq, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        record(e, MovementType.ADJUSTMENT, e.delta(), 0, e.reason(), actor, at, seq);
    }

    @EventHandler
    void on(StockCounted e, @SequenceNumber long seq, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        record(e, MovementType.COUNT, e.difference(), 0, e.reason(), actor, at, seq);
    }

    @EventHandler
    void on(StockTransferredOut e, @SequenceNumber long seq, @MetaDataValue("actor") String actor,
            @Timestamp Instant at) {
        record(e, MovementType.TRANSFER_OUT, -e.quantity(), 0, e.transferId(), actor, at, seq);
    }

    /** A receipt of 0 units changes neither on hand nor damaged: no movement (the audit events keep it). */
    @EventHandler
    void on(StockTransferredIn e, @SequenceNumber long seq, @MetaDataValue("actor") String actor,
            @Timestamp Instant at) {
        if (e.received() > 0) {
            record(e, MovementType.TRANSFER_IN, e.received(), 0, e.transferId(), actor, at, seq);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM stock_movement");
    }

    /** @return one page of the SKU's movements */
    @QueryHandler
    public MovementPage handle(FindMovements query) {
        StringBuilder where = new StringBuilder(" WHERE sku = ?");
        List<Object> args = new ArrayList<>(List.of(query.sku()));
        if (query.warehouse() != null) {
            where.append(" AND warehouse = ?");
            args.add(query.warehouse());
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= ?");
            args.add(Timestamps.of(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < ?");
            args.add(Timestamps.of(query.to()));
        }
        if (query.type() != null) {
            where.append(" AND type = ?");
            args.add(query.type().name());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM stock_movement" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<Movement> items = jdbc.query("SELECT * FROM stock_movement" + where
                + " ORDER BY occurred_at, warehouse, sequence LIMIT ? OFFSET ?", ROW, pageArgs.toArray());
        return new MovementPage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    private void record(QuantityChanged e, MovementType type, long quantity, long damagedChange, String reference,
                        String actor, Instant recordedAt, long sequence) {
        Balances after = e.after();
        Instant occurredAt = e.occurredAt() == null ? recordedAt : e.occurredAt();
        writes.add("""
                INSERT INTO stock_movement (sku, warehouse, sequence, type, quantity, damaged_change, on_hand_before,
                  on_hand_after, reserved_after, reference, actor, occurred_at, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (sku, warehouse, sequence) DO NOTHING""",
                e.sku(), e.warehouse(), sequence, type.name(), quantity, damagedChange, after.onHand() - quantity,
                after.onHand(), after.reserved(), reference, actor, Timestamps.of(occurredAt),
                Timestamps.of(recordedAt));
    }
}
