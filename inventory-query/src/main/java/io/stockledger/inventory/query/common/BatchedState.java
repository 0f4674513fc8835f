package io.stockledger.inventory.query.common;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * State that a projection reads, changes and writes back while handling events (a running average, the
 * open alerts of a stock item), kept in memory for the current unit of work: each key is loaded at most
 * once per batch of events, later events of the batch see the earlier ones' changes, and the changed
 * values are saved together just before the unit of work commits (in the order they were first changed).
 * A rolled-back batch leaves nothing behind. Outside a unit of work every update is loaded and saved at
 * once.
 *
 * @param <K> the key, e.g. a stock item's (SKU, warehouse)
 * @param <V> the mutable state of one key
 */
public class BatchedState<K, V> {

    private final Function<K, V> loader;
    private final Consumer<Collection<V>> saver;
    private final String resourceKey = BatchedState.class.getName() + "@" + System.identityHashCode(this);

    /**
     * @param loader reads the state of a key from the database (a fresh value when it has none)
     * @param saver  writes changed states to the database
     */
    public BatchedState(Function<K, V> loader, Consumer<Collection<V>> saver) {
        this.loader = loader;
        this.saver = saver;
    }

    /**
     * @param key    the key
     * @param change what to do with its state; the state counts as changed afterwards
     */
    public void update(K key, Consumer<V> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            V value = loader.apply(key);
            change.accept(value);
            saver.accept(List.of(value));
            return;
        }
        Batch<K, V> batch = batch();
        V value = batch.values.computeIfAbsent(key, loader);
        change.accept(value);
        batch.changed.add(key);
    }

    /**
     * @param key the key
     * @return its state as the current batch sees it, without marking it changed (reading another key's
     * state while handling an event)
     */
    public V read(K key) {
        if (!CurrentUnitOfWork.isStarted()) {
            return loader.apply(key);
        }
        return batch().values.computeIfAbsent(key, loader);
    }

    private Batch<K, V> batch() {
        UnitOfWork<?> uow = CurrentUnitOfWork.get().root();
        return uow.getOrComputeResource(resourceKey, k -> {
            Batch<K, V> b = new Batch<>();
            uow.onPrepareCommit(u -> b.save(saver));
            return b;
        });
    }

    /** The states loaded in one unit of work, and which of them changed. */
    private static final class Batch<K, V> {

        private final Map<K, V> values = new LinkedHashMap<>();
        private final Set<K> changed = new LinkedHashSet<>();

        void save(Consumer<Collection<V>> saver) {
            if (changed.isEmpty()) {
                return;
            }
            List<V> dirty = new ArrayList<>(changed.size());
            for (K key : changed) {
                dirty.add(values.get(key));
            }
            changed.clear();
            saver.accept(dirty);
        }
    }
}
