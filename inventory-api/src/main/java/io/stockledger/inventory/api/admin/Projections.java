package io.stockledger.inventory.api.admin;

import io.stockledger.inventory.command.common.InvalidValueException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The projections' streaming event processors: their status and their rebuild. A rebuild stops the
 * processors, empties each projection's tables ({@link BulkRebuild}) and replays the event store into all of
 * them from one read ({@link SharedReadRebuild}: a reader thread, one thread per projection), then starts
 * each processor again from where the read ended. Reads keep being answered meanwhile,
 * from the tables as far as they have been rebuilt, and every API answer says so in the header
 * {@code X-Projection-Rebuilding} (see {@link RebuildingHeaderFilter}). The subscribing projections
 * (warehouses, open orders) are written in the command's own transaction and are not rebuilt this way;
 * reconciliation checks them.
 *
 * <p>With Axon Server as the event store (profile {@code axonserver}) there is no storage engine to read in
 * one pass: a rebuild is then Axon's own reset ({@link StreamingEventProcessor#resetTokens()}, which runs the
 * reset handlers and sets replay tokens), and each processor replays the event store by itself; the
 * projection counts as rebuilding until it has passed the event that was newest at the reset.
 */
@Component
public class Projections {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    /** The PostgreSQL event store's engine; null with Axon Server. */
    private final EventStorageEngine storage;
    private final EventStore eventStore;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    /** Runs the rebuild's read of the event store ({@link SharedReadRebuild}), one rebuild at a time. */
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "projection-rebuild");
        t.setDaemon(true);
        return t;
    });
    /** The rebuild passes running now, by projection; empty when none runs. */
    private volatile Map<String, BulkRebuild> running = Map.of();
    /** With Axon Server: the projections reset for a replay, with the head position at their reset. */
    private volatile Map<String, Long> replays = Map.of();

    /**
     * @param processing   Axon's event processors
     * @param jdbc         the event store's database, for the head position
     * @param storage      the PostgreSQL event store's engine, read by rebuilds (absent with Axon Server)
     * @param eventStore   the event store
     * @param tokens       the processors' token store
     * @param transactions the database transactions
     */
    public Projections(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                       ObjectProvider<EventStorageEngine> storage, EventStore eventStore, TokenStore tokens,
                       TransactionManager transactions) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.storage = storage.getIfAvailable();
        this.eventStore = eventStore;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    /** @return the streaming processors by name */
    public Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor s) {
                streaming.put(name, s);
            }
        });
        return streaming;
    }

    /** @return the status of every streaming projection, by name */
    public List<ProjectionStatus> status() {
        long head = head();
        Map<String, BulkRebuild> rebuilds = running;
        List<ProjectionStatus> status = new ArrayList<>();
        processors().forEach((name, processor) -> {
            BulkRebuild rebuild = rebuilds.get(name);
            boolean rebuilding = rebuild != null || replaying(name, processor);
            long position = rebuild != null ? rebuild.position() : processor.processingStatus().values().stream()
                    .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                    .min().orElse(-1);
            status.add(new ProjectionStatus(name, processor.isRunning(), rebuilding, position, head,
                    Math.max(0, head - position)));
        });
        return status;
    }

    /**
     * Cheap enough for every request.
     *
     * @return names of the projections this instance is rebuilding now
     */
    public List<String> rebuilding() {
        if (!replays.isEmpty()) {
            List<String> names = new ArrayList<>();
            processors().forEach((name, processor) -> {
                if (replaying(name, processor)) {
                    names.add(name);
                }
            });
            return names;
        }
        Map<String, BulkRebuild> rebuilds = running;
        return rebuilds.isEmpty() ? List.of() : List.copyOf(rebuilds.keySet());
    }

    /** @return the global sequence of the newest event in the store, −1 when it is empty */
    private long head() {
        if (storage == null) {
            TrackingToken head = eventStore.createHeadToken();
            return head == null ? -1 : head.position().orElse(-1);
        }
        Long max = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return max == null ? -1 : max;
    }

    /** With Axon Server: whether the projection was reset and has not yet passed the head of that moment. */
    private boolean replaying(String name, StreamingEventProcessor processor) {
        Long head = replays.get(name);
        return head != null && !caughtUp(processor, head);
    }

    /**
     * Starts rebuilding projections on a background thread; follow it with {@link #status()}.
     *
     * @param name a projection name, or {@code all}
     * @return the names being rebuilt
     * @throws InvalidValueException when no streaming projection has that name
     * @throws ConcurrencyException   when a rebuild runs already, or another instance holds one of the
     *                                projections' segments (answered 503: retry later)
     */
    public synchronized List<String> rebuild(String name) {
        Map<String, StreamingEventProcessor> all = processors();
        List<String> names = name.equals("all") ? List.copyOf(all.keySet()) : List.of(name);
        Map<String, AbstractEventProcessor> chosen = new TreeMap<>();
        for (String n : names) {
            if (!(all.get(n) instanceof AbstractEventProcessor processor)) {
                throw new InvalidValueException("projection", "no rebuildable projection named " + name
                        + "; one of " + all.keySet() + " or all");
            }
            chosen.put(n, processor);
        }
        if (!running.isEmpty()) {
            throw new ConcurrencyException("a rebuild of " + running.keySet() + " is running; retry when it ends");
        }
        if (storage == null) {
            return replay(names, all);
        }
        for (String n : names) {
            try {
                all.get(n).shutdownAsync().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                names.forEach(m -> all.get(m).start());
                throw new IllegalStateException("could not stop projection " + n + " for its rebuild", e);
            }
        }
        Map<String, BulkRebuild> rebuilds = new TreeMap<>();
        try {
            for (String n : names) {
                BulkRebuild rebuild = new BulkRebuild(Map.of(n, chosen.get(n)), tokens, transactions);
                rebuild.claim();
                rebuilds.put(n, rebuild);
            }
        } catch (RuntimeException e) {
            rebuilds.values().forEach(BulkRebuild::releaseClaims);
            names.forEach(n -> all.get(n).start());
            throw new ConcurrencyException("projections " + names + " cannot be rebuilt while another instance "
                    + "processes them; retry when their segments are released", e);
        }
        running = Map.copyOf(rebuilds);
        long started = System.nanoTime();
        SharedReadRebuild read = new SharedReadRebuild(storage, rebuilds, n -> all.get(n).start());
        CompletableFuture.runAsync(read::run, rebuilder).whenComplete((done, failure) -> {
            running = Map.of();
            double seconds = (System.nanoTime() - started) / 1e9;
            long events = rebuilds.values().stream().mapToLong(BulkRebuild::events).max().orElse(0);
            log.info("rebuilt {} over {} events in {} s ({} events/s)", names, events,
                    String.format("%.1f", seconds), String.format("%.0f", events / seconds));
        });
        return names;
    }

    /**
     * With Axon Server: stops the processors, resets their tokens through Axon (reset handlers empty the tables,
     * in the same transaction as the new replay tokens) and starts them again; they replay by themselves.
     */
    private List<String> replay(List<String> names, Map<String, StreamingEventProcessor> all) {
        long head = head();
        for (String n : names) {
            try {
                all.get(n).shutdownAsync().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                names.forEach(m -> all.get(m).start());
                throw new IllegalStateException("could not stop projection " + n + " for its rebuild", e);
            }
        }
        Map<String, Long> reset = new TreeMap<>(replays);
        try {
            for (String n : names) {
                all.get(n).resetTokens();
                reset.put(n, head);
            }
        } catch (RuntimeException e) {
            throw new ConcurrencyException("projections " + names + " cannot be rebuilt while another instance "
                    + "processes them; retry when their segments are released", e);
        } finally {
            replays = Map.copyOf(reset);
            names.forEach(n -> all.get(n).start());
        }
        log.info("reset {} for a replay from Axon Server up to event {} at least", names, head);
        return names;
    }

    /**
     * Position only: after a rebuild a segment's token stays a replay token until an event newer than the
     * reset arrives, though it has passed every event.
     *
     * @return whether every segment of the processor has passed the given global sequence
     */
    static boolean caughtUp(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream()
                .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head);
    }
}
