package io.stockledger.inventory.api.eventstore;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An aggregate cache that survives refused commands. Axon's caching repository removes every aggregate a
 * unit of work touched when that unit of work rolls back — also when the command was merely refused
 * before anything was applied (an order with a short line, a write-off of more than is available). The
 * next command then reloads those aggregates from the event store: after a run of refusals on busy stock
 * items, that is a snapshot and up to 250 events each time.
 *
 * <p>This decorator remembers, with each entry, the aggregate's version when it was cached, and on
 * {@link #remove} keeps the entry when the cached instance's version is still that one: no event was
 * applied to it since, so its state is exactly what was committed. An instance that did apply events in
 * the failed unit of work (its state is dirty) is removed as before, and so is an entry put by a unit of
 * work that then rolled back (its changes were saved to the cache but never committed).
 *
 * <p>With several instances on one event store, another instance may have appended to a cached aggregate.
 * Given a {@code latestVersion} lookup, {@link #get} checks the store's latest sequence number of the
 * aggregate (one indexed query) and drops an entry that is behind, so that the aggregate is loaded afresh.
 * Without it a stale entry cannot break an invariant (its append would collide with the unique
 * aggregate-sequence key and be retried), but it may refuse a change that the newer state allows.
 */
public class KeepUnchangedAggregatesCache implements Cache {

    private record Entry(Object value, Long version) {
    }

    private final Cache delegate;
    private final Function<Object, Long> latestVersion;

    /** @param delegate the cache that stores the entries */
    public KeepUnchangedAggregatesCache(Cache delegate) {
        this(delegate, null);
    }

    /**
     * @param delegate      the cache that stores the entries
     * @param latestVersion the latest sequence number the event store holds for an aggregate identifier
     *                      ({@code null} when none), or {@code null} to trust cached entries
     */
    public KeepUnchangedAggregatesCache(Cache delegate, Function<Object, Long> latestVersion) {
        this.delegate = delegate;
        this.latestVersion = latestVersion;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Entry entry = delegate.get(key);
        if (entry == null) {
            return null;
        }
        if (latestVersion != null) {
            Long cached = liveVersion(entry.value());
            Long latest = latestVersion.apply(key);
            if (cached == null || (latest != null && latest > cached)) {
                delegate.remove(key);
                return null;
            }
        }
        return (V) entry.value();
    }

    /**
     * Caches the value; when a unit of work is active and later rolls back, the entry is removed whatever
     * its version (it was put while saving changes that were then not committed).
     */
    @Override
    public void put(Object key, Object value) {
        delegate.put(key, new Entry(value, liveVersion(value)));
        evictIfRolledBack(key);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean put = delegate.putIfAbsent(key, new Entry(value, liveVersion(value)));
        if (put) {
            evictIfRolledBack(key);
        }
        return put;
    }

    private void evictIfRolledBack(Object key) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onRollback(u -> delegate.remove(key));
        }
    }

    /**
     * @return {@code true} when removed; {@code false} when absent, or kept because the cached aggregate
     *         has applied no event since it was cached
     */
    @Override
    public boolean remove(Object key) {
        if (key == null) {
            return false;
        }
        Entry entry = delegate.get(key);
        if (entry == null) {
            return false;
        }
        Long live = liveVersion(entry.value());
        if (live != null && live.equals(entry.version())) {
            return false;
        }
        return delegate.remove(key);
    }

    @Override
    public void removeAll() {
        delegate.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return delegate.registerCacheEntryListener(listener);
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Entry entry = delegate.get(key);
        if (entry != null) {
            @SuppressWarnings("unchecked")
            V updated = update.apply((V) entry.value());
            if (updated == null) {
                delegate.remove(key);
            } else {
                put(key, updated);
            }
        }
    }

    /** @return the version of the live aggregate a cache entry holds, or {@code null} when unknown */
    private static Long liveVersion(Object value) {
        if (value instanceof AggregateCacheEntry<?> entry) {
            EventSourcedAggregate<?> live = entry.recreateAggregate(null, null, null, null);
            return live == null ? null : live.version();
        }
        return null;
    }
}
