package io.stockledger.inventory.api.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.common.jdbc.JdbcUtils.executeQuery;

/**
 * Axon's JDBC event storage engine, with one change: streaming readers (event processors) see an event
 * only once every transaction that could still insert an event before it has ended, so no committed
 * event is ever skipped.
 *
 * <p>The stock engines hand events out in global-index order and remember the holes ("gaps") left by
 * transactions still in flight, but forget a gap after a timeout judged by event timestamps (60 s by
 * default) — an event whose transaction commits later is then passed over for good (AxonFramework issue
 * #4829, closed "won't fix"). Here each event row records its inserting transaction
 * ({@code tx_id xid8 DEFAULT pg_current_xact_id()}); readers take events in {@code (tx_id, global_index)}
 * order and only those with {@code tx_id < pg_snapshot_xmin(pg_current_snapshot())}: every transaction
 * below that horizon has committed or aborted, so the set of readable events below any position never
 * grows afterwards. This is the technique of transactional outboxes on PostgreSQL (see e.g.
 * eugene-khyst/postgresql-event-sourcing, "reliable transactional outbox"); the price is that one
 * long-running writing transaction on the cluster holds processors back (lag, never loss). Aggregate
 * loading, appends and snapshots are unchanged.
 */
public class CommitOrderJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private static final String VISIBLE = "tx_id < pg_snapshot_xmin(pg_current_snapshot())";

    private final ConnectionProvider connectionProvider;
    private final TransactionManager transactionManager;
    private final EventSchema schema;
    private final String readFromStart;
    private final String readAfter;

    /**
     * @param builder            a configured JDBC engine builder (serializers, batch size, schema, …)
     * @param connectionProvider the same connection provider the builder was given
     * @param transactionManager the same transaction manager the builder was given
     * @param schema             the same event schema the builder was given
     */
    public CommitOrderJdbcEventStorageEngine(Builder builder, ConnectionProvider connectionProvider,
                                             TransactionManager transactionManager, EventSchema schema) {
        super(builder);
        this.connectionProvider = connectionProvider;
        this.transactionManager = transactionManager;
        this.schema = schema;
        String select = "SELECT tx_id::text::bigint AS tx, " + schema.trackedEventFields() + " FROM "
                + schema.domainEventTable() + " WHERE " + VISIBLE;
        String order = " ORDER BY tx_id, " + schema.globalIndexColumn() + " LIMIT ?";
        this.readFromStart = select + order;
        this.readAfter = select + " AND (tx_id, " + schema.globalIndexColumn() + ") > (CAST(? AS xid8), ?)" + order;
    }

    /**
     * Reads the next events after {@code lastToken} in commit-safe order.
     *
     * @param lastToken the position last handled, {@code null} for the start
     * @param batchSize most events to return
     * @return up to {@code batchSize} events, each carrying its {@link CommitOrderToken}
     * @throws EventStoreException when the database cannot be read
     */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        CommitOrderToken after = toToken(lastToken);
        return transactionManager.fetchInTransaction(() -> executeQuery(
                connection(),
                c -> readAfter(c, after, batchSize),
                rs -> {
                    List<TrackedEventData<?>> events = new ArrayList<>(batchSize);
                    while (rs.next()) {
                        events.add(trackedEvent(rs));
                    }
                    return events;
                },
                e -> new EventStoreException("Failed to read events after " + after, e)));
    }

    /** @return {@code null}: processors that start at the tail read from the first event */
    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    /** @return the position of the last event readers may see now, {@code null} when there is none */
    @Override
    public TrackingToken createHeadToken() {
        return single("SELECT tx_id::text::bigint, " + schema.globalIndexColumn() + " FROM "
                + schema.domainEventTable() + " WHERE " + VISIBLE + " ORDER BY tx_id DESC, "
                + schema.globalIndexColumn() + " DESC LIMIT 1", null);
    }

    /**
     * @param dateTime an instant
     * @return the position just before the first readable event recorded at or after {@code dateTime}
     *         (the head when there is none)
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        CommitOrderToken first = (CommitOrderToken) single(
                "SELECT tx_id::text::bigint, " + schema.globalIndexColumn() + " FROM " + schema.domainEventTable()
                        + " WHERE " + VISIBLE + " AND " + schema.timestampColumn() + "::timestamptz >= ?"
                        + " ORDER BY tx_id, " + schema.globalIndexColumn() + " LIMIT 1", dateTime);
        if (first == null) {
            return createHeadToken();
        }
        return new CommitOrderToken(first.transactionId(), first.globalIndex() - 1);
    }

    private PreparedStatement readAfter(Connection c, CommitOrderToken after, int batchSize) throws SQLException {
        if (after == null) {
            PreparedStatement ps = c.prepareStatement(readFromStart);
            ps.setInt(1, batchSize);
            return ps;
        }
        PreparedStatement ps = c.prepareStatement(readAfter);
        ps.setString(1, Long.toString(after.transactionId()));
        ps.setLong(2, after.globalIndex());
        ps.setInt(3, batchSize);
        return ps;
    }

    private TrackedEventData<?> trackedEvent(ResultSet rs) throws SQLException {
        CommitOrderToken token = new CommitOrderToken(rs.getLong("tx"), rs.getLong(schema.globalIndexColumn()));
        String aggregateIdentifier = rs.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = rs.getString(schema.eventIdentifierColumn());
        GenericDomainEventEntry<?> entry = new GenericDomainEventEntry<>(
                rs.getString(schema.typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                rs.getLong(schema.sequenceNumberColumn()),
                eventIdentifier,
                readTimeStamp(rs, schema.timestampColumn()),
                rs.getString(schema.payloadTypeColumn()),
                rs.getString(schema.payloadRevisionColumn()),
                readPayload(rs, schema.payloadColumn()),
                readPayload(rs, schema.metaDataColumn()));
        return new TrackedDomainEventData<>(token, entry);
    }

    private TrackingToken single(String sql, Instant parameter) {
        return transactionManager.fetchInTransaction(() -> executeQuery(
                connection(),
                c -> {
                    PreparedStatement ps = c.prepareStatement(sql);
                    if (parameter != null) {
                        ps.setObject(1, OffsetDateTime.ofInstant(parameter, ZoneOffset.UTC));
                    }
                    return ps;
                },
                rs -> rs.next() ? new CommitOrderToken(rs.getLong(1), rs.getLong(2)) : null,
                e -> new EventStoreException("Failed to create a token", e)));
    }

    private Connection connection() {
        try {
            return connectionProvider.getConnection();
        } catch (SQLException e) {
            throw new EventStoreException("Failed to obtain a database connection", e);
        }
    }

    private static CommitOrderToken toToken(TrackingToken token) {
        if (token == null || token instanceof CommitOrderToken) {
            return (CommitOrderToken) token;
        }
        throw new IllegalArgumentException("Token " + token + " is of the wrong type; expected CommitOrderToken");
    }
}
