package io.stockledger.inventory.api.eventstore;

import org.axonframework.eventhandling.TrackingToken;

import java.util.Comparator;
import java.util.OptionalLong;

/**
 * A position in the event store in commit-safe order: the inserting PostgreSQL transaction id
 * ({@code xid8}), then the global index within it. Events are handed to processors in this order and
 * only once their transaction id is below the oldest transaction still in flight, so a transaction
 * that commits late can never have its events land behind a position already passed.
 *
 * <p>Unlike Axon's {@code GapAwareTrackingToken} there are no gaps to track: the order is total and
 * every event it passes is final.
 *
 * @param transactionId the inserting transaction's {@code xid8}, as a number
 * @param globalIndex   the event's global index (the {@code BIGSERIAL})
 */
public record CommitOrderToken(long transactionId, long globalIndex) implements TrackingToken,
        Comparable<CommitOrderToken> {

    private static final Comparator<CommitOrderToken> ORDER = Comparator
            .comparingLong(CommitOrderToken::transactionId)
            .thenComparingLong(CommitOrderToken::globalIndex);

    @Override
    public int compareTo(CommitOrderToken other) {
        return ORDER.compare(this, other);
    }

    /** @return the earlier of the two positions ({@code null}, the start, is earliest) */
    @Override
    public TrackingToken lowerBound(TrackingToken other) {
        if (other == null) {
            return null;
        }
        CommitOrderToken that = cast(other);
        return compareTo(that) <= 0 ? this : that;
    }

    /** @return the later of the two positions */
    @Override
    public TrackingToken upperBound(TrackingToken other) {
        if (other == null) {
            return this;
        }
        CommitOrderToken that = cast(other);
        return compareTo(that) >= 0 ? this : that;
    }

    /** @return whether every event up to {@code other} has been passed by this position */
    @Override
    public boolean covers(TrackingToken other) {
        return other == null || compareTo(cast(other)) >= 0;
    }

    /**
     * @return the global index of the last event passed; it grows with the position except across
     *         transactions that interleave, so it serves progress reports, not ordering
     */
    @Override
    public OptionalLong position() {
        return OptionalLong.of(globalIndex);
    }

    private static CommitOrderToken cast(TrackingToken token) {
        if (token instanceof CommitOrderToken t) {
            return t;
        }
        throw new IllegalArgumentException("Incompatible token type: " + token.getClass().getName());
    }
}
