package io.stockledger.inventory.api.admin;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One rebuild of one or more projections over the event store. The processors are stopped and their token
 * segments claimed by this instance (so no other instance processes them meanwhile); the projections are
 * reset (their reset handlers empty their tables, {@link #reset}); the events are handed to each
 * projection's handlers in chunks of {@link #CHUNK} events, one database transaction per chunk (the
 * projections batch their writes per transaction, {@link #accept}); finally every segment's token is set to
 * the position reached and the claims released ({@link #finish}), and the processors started, to go on from
 * there with newer events. {@link SharedReadRebuild} reads the store once for several of these.
 *
 * <p>Compared with resetting the processors' tokens and letting them replay, this commits once per
 * {@value #CHUNK} events instead of once per small batch.
 */
final class BulkRebuild {

    /** Events per transaction. */
    static final int CHUNK = 5_000;

    private final List<String> names;
    private final Map<String, AbstractEventProcessor> processors;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final AtomicLong position = new AtomicLong(-1);
    private final AtomicLong events = new AtomicLong();
    /** The token of the last event handed over; only the thread running {@link #accept} touches it. */
    private TrackingToken last;
    /** Each processor's token when it was stopped (the lowest of its segments'), or none when it had none. */
    private final Map<String, TrackingToken> atReset = new HashMap<>();

    /**
     * @param processors   the projections to rebuild, by name (stopped by the caller)
     * @param tokens       the processors' token store
     * @param transactions the database transactions
     */
    BulkRebuild(Map<String, AbstractEventProcessor> processors, TokenStore tokens,
                TransactionManager transactions) {
        this.names = List.copyOf(processors.keySet());
        this.processors = processors;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    /** @return the projections being rebuilt */
    List<String> names() {
        return names;
    }

    /** @return the global sequence of the last event handed to the projections, −1 before the first */
    long position() {
        return position.get();
    }

    /** @return events read so far */
    long events() {
        return events.get();
    }

    /**
     * Claims every segment of the processors for this instance, and notes how far each had come: the events up
     * to there are handed to the projections as a replay ({@link ReplayToken}, as Axon's own reset does), so
     * that handlers with effects beyond their tables (the alerts recording their transitions) leave them out.
     *
     * @throws org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException when another instance holds one
     */
    void claim() {
        transactions.executeInTransaction(() -> {
            for (String name : names) {
                TrackingToken lowest = null;
                boolean first = true;
                for (int segment : tokens.fetchSegments(name)) {
                    TrackingToken token = tokens.fetchToken(name, segment);
                    lowest = first ? token : lowest == null || token == null ? null : lowest.lowerBound(token);
                    first = false;
                }
                atReset.put(name, lowest);
            }
        });
    }

    /** Resets the projections: their reset handlers empty their tables, in one transaction. */
    void reset() {
        transactions.executeInTransaction(() -> {
            for (String name : names) {
                processors.get(name).eventHandlerInvoker().performReset();
            }
        });
    }

    /**
     * Hands the next chunk of events, in store order, to the projections' handlers in one transaction.
     *
     * @param chunk events read from the store (not empty), each given as a replay up to where the projection's
     *              processor had come when it was stopped
     * @throws IllegalStateException when a handler fails; the transaction is rolled back
     */
    void accept(List<? extends TrackedEventMessage<?>> chunk) {
        handle(chunk);
        last = chunk.get(chunk.size() - 1).trackingToken();
        events.addAndGet(chunk.size());
        position.set(last.position().orElse(-1));
    }

    /** Sets every segment's token to the last event handed over (none: the start) and releases the claims. */
    void finish() {
        TrackingToken reached = last;
        transactions.executeInTransaction(() -> {
            for (String name : names) {
                for (int segment : tokens.fetchSegments(name)) {
                    tokens.storeToken(reached, name, segment);
                    tokens.releaseClaim(name, segment);
                }
            }
        });
    }

    /** Releases the claims without touching the tokens (when the rebuild does not go ahead). */
    void releaseClaims() {
        transactions.executeInTransaction(() -> {
            for (String name : names) {
                for (int segment : tokens.fetchSegments(name)) {
                    tokens.releaseClaim(name, segment);
                }
            }
        });
    }

    /**
     * After a failure: sets every segment's token back to the start (a replay up to where the processor had
     * come) and releases the claims, so that the processors, once started, replay the whole event store by
     * themselves (slower, but complete; their writes are idempotent, so rows written before the failure do no
     * harm).
     */
    void fallBackToReplay() {
        transactions.executeInTransaction(() -> {
            for (String name : names) {
                TrackingToken start = ReplayToken.createReplayToken(atReset.get(name), null);
                for (int segment : tokens.fetchSegments(name)) {
                    tokens.storeToken(start, name, segment);
                    tokens.releaseClaim(name, segment);
                }
            }
        });
    }

    private void handle(List<? extends TrackedEventMessage<?>> chunk) {
        UnitOfWork<EventMessage<?>> uow = DefaultUnitOfWork.startAndGet(chunk.get(0));
        uow.attachTransaction(transactions);
        try {
            for (TrackedEventMessage<?> event : chunk) {
                for (String name : names) {
                    EventHandlerInvoker invoker = processors.get(name).eventHandlerInvoker();
                    if (invoker.canHandle(event, Segment.ROOT_SEGMENT)) {
                        invoker.handle(event.withTrackingToken(ReplayToken.createReplayToken(atReset.get(name),
                                event.trackingToken())), Segment.ROOT_SEGMENT);
                    }
                }
            }
        } catch (Exception e) {
            uow.rollback(e);
            throw new IllegalStateException("rebuild failed at " + chunk.get(0).trackingToken(), e);
        }
        uow.commit();
    }
}
