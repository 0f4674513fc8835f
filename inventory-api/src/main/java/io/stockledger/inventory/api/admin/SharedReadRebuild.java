package io.stockledger.inventory.api.admin;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Rebuilds several projections from one read of the event store: one thread reads the events in chunks of
 * {@link BulkRebuild#CHUNK}, deserializes each payload and its metadata once, and hands every chunk to each
 * projection's {@link BulkRebuild} on a thread of that projection's own (so a projection sees the chunks in
 * store order, one transaction per chunk, while the projections run side by side). At most
 * {@value #IN_FLIGHT} chunks wait for a projection: the reader keeps pace with the slowest projection, and
 * memory stays bounded (about {@value #IN_FLIGHT} × {@link BulkRebuild#CHUNK} events).
 *
 * <p>A projection whose handlers fail gets no further chunks and falls back to Axon's replay
 * ({@link BulkRebuild#fallBackToReplay}); the others go on. When the read itself fails, all fall back.
 */
final class SharedReadRebuild {

    private static final Logger log = LoggerFactory.getLogger(SharedReadRebuild.class);
    /** Chunks handed to a projection and not yet handled, at most. */
    static final int IN_FLIGHT = 3;

    private final EventStorageEngine storage;
    private final Map<String, BulkRebuild> rebuilds;
    private final Consumer<String> done;

    /**
     * @param storage  the event store
     * @param rebuilds one rebuild per projection, its segments claimed, by projection name
     * @param done     told each projection's name once its rebuild has ended, well or by falling back (starts
     *                 its processor again)
     */
    SharedReadRebuild(EventStorageEngine storage, Map<String, BulkRebuild> rebuilds, Consumer<String> done) {
        this.storage = storage;
        this.rebuilds = new LinkedHashMap<>(rebuilds);
        this.done = done;
    }

    /** Resets the projections, reads the store once into all of them, sets their tokens; blocks until done. */
    void run() {
        Map<String, Throwable> failed = new ConcurrentHashMap<>();
        Map<String, ExecutorService> workers = new LinkedHashMap<>();
        Map<String, Semaphore> slots = new LinkedHashMap<>();
        rebuilds.forEach((name, rebuild) -> {
            workers.put(name, Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "projection-rebuild-" + name);
                t.setDaemon(true);
                return t;
            }));
            slots.put(name, new Semaphore(IN_FLIGHT));
            try {
                rebuild.reset();
            } catch (RuntimeException e) {
                failed.put(name, e);
            }
        });
        try {
            read(failed, workers, slots);
        } catch (RuntimeException | InterruptedException e) {
            log.error("reading the event store for the rebuild failed", e);
            rebuilds.keySet().forEach(name -> failed.putIfAbsent(name, e));
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        rebuilds.forEach((name, rebuild) -> workers.get(name).execute(() -> end(name, rebuild, failed)));
        workers.values().forEach(ExecutorService::shutdown);
        for (ExecutorService worker : workers.values()) {
            try {
                worker.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void read(Map<String, Throwable> failed, Map<String, ExecutorService> workers,
                      Map<String, Semaphore> slots) throws InterruptedException {
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            List<TrackedEventMessage<?>> chunk = new ArrayList<>(BulkRebuild.CHUNK);
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                event.getPayload(); // deserialized once here, not once per projection
                event.getMetaData();
                chunk.add(event);
                if (chunk.size() == BulkRebuild.CHUNK || !iterator.hasNext()) {
                    List<TrackedEventMessage<?>> handOver = List.copyOf(chunk);
                    chunk.clear();
                    for (Map.Entry<String, BulkRebuild> entry : rebuilds.entrySet()) {
                        String name = entry.getKey();
                        if (failed.containsKey(name)) {
                            continue;
                        }
                        Semaphore slot = slots.get(name);
                        slot.acquire();
                        workers.get(name).execute(() -> {
                            try {
                                if (!failed.containsKey(name)) {
                                    entry.getValue().accept(handOver);
                                }
                            } catch (RuntimeException e) {
                                failed.put(name, e);
                            } finally {
                                slot.release();
                            }
                        });
                    }
                }
            }
        }
    }

    /** Sets the tokens of a projection that saw every event, or falls back to a replay; then reports it done. */
    private void end(String name, BulkRebuild rebuild, Map<String, Throwable> failed) {
        try {
            Throwable failure = failed.get(name);
            if (failure == null) {
                try {
                    rebuild.finish();
                    return;
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            log.error("bulk rebuild of {} failed; its processor replays the event store instead", name, failure);
            rebuild.fallBackToReplay();
        } catch (RuntimeException e) {
            log.error("could not end the rebuild of {}", name, e);
        } finally {
            done.accept(name);
        }
    }
}
