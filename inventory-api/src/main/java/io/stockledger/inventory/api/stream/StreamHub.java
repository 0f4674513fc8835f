package io.stockledger.inventory.api.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockledger.inventory.api.audit.AuditEvent;
import io.stockledger.inventory.api.audit.AuditFilter;
import io.stockledger.inventory.api.audit.AuditLog;
import io.stockledger.inventory.api.config.ConditionalOnJdbcEventStore;
import io.stockledger.inventory.api.stream.StreamEvent.StockItemKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live feed behind {@code GET /api/v1/stream}. One background thread polls the event store (through
 * {@link AuditLog#scan}, in commit order, after the last global sequence it saw) and
 * fans what it finds out to every connected stream: one database poller for all clients. A client that
 * resumes ({@code Last-Event-ID}) first replays the store from its id on a catch-up thread while the live
 * events that arrive meanwhile are buffered for it; then it joins the live feed, without gap or duplicate.
 *
 * <p>Only with the PostgreSQL event store (like {@link AuditLog}).
 */
@Component
@ConditionalOnJdbcEventStore
public class StreamHub implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StreamHub.class);
    private static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null);
    /** Most events read per poll (the rest follows at the next poll). */
    static final int POLL_LIMIT = 2000;
    /** Most live items buffered for a client still catching up; beyond, the stream is closed (it may resume). */
    static final int BUFFER_LIMIT = 50_000;

    /** Raised when the cap on concurrent streams is reached. */
    public static class TooManyStreamsException extends RuntimeException {
        TooManyStreamsException(int max) {
            super("at most " + max + " streams at a time; try again later");
        }
    }

    /** An item of the live feed: an event of the store (mapped or not: the sequence counts). */
    private record Item(long sequence, StreamEvent event) {
    }

    /** A connected client. */
    private static final class Subscriber {
        final SseEmitter emitter;
        final String sku;
        final String warehouse;
        final Object lock = new Object();
        /** Live items held while catching up; {@code null} once live. */
        List<Item> buffer;
        volatile boolean closed;

        Subscriber(SseEmitter emitter, String sku, String warehouse) {
            this.emitter = emitter;
            this.sku = sku;
            this.warehouse = warehouse;
        }
    }

    private final AuditLog log;
    private final ObjectMapper json;
    private final StreamEvents events;
    private final int maxStreams;
    private final Duration heartbeat;
    private final Duration timeout;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private final ScheduledExecutorService poller;
    private final ExecutorService catchUp;
    private final Map<String, List<StockItemKey>> allocations = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<StockItemKey>> eldest) {
            return size() > 10_000;
        }
    };

    /** Global sequence of the last event of the store handed out (guarded by {@link #lock}). */
    private long position;
    /** No client: the poller rests, and the position is taken afresh by the next client. */
    private boolean idle = true;
    private long lastHeartbeat = System.nanoTime();
    private final Duration pollInterval;
    private volatile boolean running;

    StreamHub(AuditLog log, ObjectMapper json,
              @Value("${stockledger.stream.max-clients:500}") int maxStreams,
              @Value("${stockledger.stream.poll-interval:100ms}") Duration pollInterval,
              @Value("${stockledger.stream.heartbeat:15s}") Duration heartbeat,
              @Value("${stockledger.stream.timeout:30m}") Duration timeout) {
        this.log = log;
        this.json = json;
        this.events = new StreamEvents(json, this::allocationsOf);
        this.maxStreams = maxStreams;
        this.heartbeat = heartbeat;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "stream-poller"));
        AtomicInteger n = new AtomicInteger();
        this.catchUp = Executors.newFixedThreadPool(2, r -> daemon(r, "stream-catch-up-" + n.incrementAndGet()));
    }

    /** Starts the poller. */
    @Override
    public void start() {
        running = true;
        poller.scheduleWithFixedDelay(this::tick, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first of all (before the web server's graceful shutdown, which would wait for open streams). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** @return the number of connected streams */
    public int connected() {
        return subscribers.size();
    }

    /**
     * Opens a stream.
     *
     * @param sku         only events of this SKU, or {@code null}
     * @param warehouse   only events of this warehouse, or {@code null}
     * @param lastEventId the global sequence of the last event the client saw (replay what follows), or
     *                    {@code null} to start live
     * @return the emitter, already registered
     * @throws TooManyStreamsException when the cap on concurrent streams is reached
     */
    public SseEmitter open(String sku, String warehouse, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Subscriber s = new Subscriber(emitter, sku, warehouse);
        emitter.onCompletion(() -> close(s));
        emitter.onTimeout(() -> close(s));
        emitter.onError(e -> close(s));
        long from;
        synchronized (lock) {
            if (subscribers.size() >= maxStreams) {
                throw new TooManyStreamsException(maxStreams);
            }
            if (idle) {
                position = log.head();
                idle = false;
            }
            from = position;
            s.buffer = lastEventId == null ? null : new ArrayList<>();
            subscribers.add(s);
        }
        try {
            emitter.send(SseEmitter.event().comment("stream open"));
        } catch (IOException e) {
            close(s);
        }
        if (lastEventId != null) {
            try {
                catchUp.execute(() -> catchUp(s, lastEventId, from));
            } catch (RuntimeException e) {
                close(s);
                throw e;
            }
        }
        return emitter;
    }

    private void close(Subscriber s) {
        s.closed = true;
        subscribers.remove(s);
    }

    /** Replays the store after {@code lastEventId}, then joins the live feed, which is after {@code joinAt}. */
    private void catchUp(Subscriber s, long lastEventId, long joinAt) {
        try {
            boolean[] met = {lastEventId == joinAt};
            long[] lastVisited = {-1};
            if (!met[0]) {
                log.scan(EVERYTHING, lastEventId, e -> {
                    lastVisited[0] = e.globalSequence();
                    events.of(e).ifPresent(event -> deliver(s, event));
                    if (e.globalSequence() == joinAt) {
                        met[0] = true;
                        return false;
                    }
                    return !s.closed;
                });
            }
            // When the replay did not meet the live feed's starting point, the client's id lay at or beyond it:
            // every event replayed also comes through the live feed, so skip that far (commit order is the same).
            long skipThrough = met[0] ? -1 : lastVisited[0];
            boolean skipUpToId = !met[0] && lastVisited[0] < 0;
            while (!s.closed) {
                List<Item> batch;
                synchronized (s.lock) {
                    if (s.buffer.isEmpty()) {
                        s.buffer = null;
                        return;
                    }
                    batch = s.buffer;
                    s.buffer = new ArrayList<>();
                }
                for (Item item : batch) {
                    if (skipThrough >= 0) {
                        if (item.sequence() == skipThrough) {
                            skipThrough = -1;
                        }
                        continue;
                    }
                    if (skipUpToId) {
                        if (item.sequence() <= lastEventId) {
                            continue;
                        }
                        skipUpToId = false;
                    }
                    if (item.event() != null) {
                        deliver(s, item.event());
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("stream catch-up failed", e);
            s.emitter.completeWithError(e);
            close(s);
        }
    }

    /** Sends one event if it passes the client's filters; closes the stream when the client is gone. */
    private void deliver(Subscriber s, StreamEvent event) {
        if (s.closed || !event.matches(s.sku, s.warehouse)) {
            return;
        }
        try {
            SseEmitter.SseEventBuilder sse = SseEmitter.event().name(event.name())
                    .data(json.writeValueAsString(event.data()));
            if (event.id() != null) {
                sse.id(Long.toString(event.id()));
            }
            s.emitter.send(sse);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException | IllegalStateException e) {
            close(s);
            s.emitter.complete();
        }
    }

    /** Hands a live item to a client: buffered while it catches up, else sent. */
    private void offer(Subscriber s, Item item) {
        synchronized (s.lock) {
            if (s.buffer != null) {
                s.buffer.add(item);
                if (s.buffer.size() > BUFFER_LIMIT) {
                    close(s);
                    s.emitter.complete();
                }
                return;
            }
        }
        if (item.event() != null) {
            deliver(s, item.event());
        }
    }

    /** One poll: new events of the store, heartbeats. */
    void tick() {
        try {
            long from;
            synchronized (lock) {
                if (subscribers.isEmpty()) {
                    idle = true;
                    return;
                }
                from = position;
            }
            List<AuditEvent> read = new ArrayList<>();
            log.scan(EVERYTHING, from, e -> {
                read.add(e);
                return read.size() < POLL_LIMIT;
            });
            List<Item> items = new ArrayList<>();
            for (AuditEvent e : read) {
                items.add(new Item(e.globalSequence(), events.of(e).orElse(null)));
            }
            List<Subscriber> to;
            synchronized (lock) {
                if (!read.isEmpty()) {
                    position = read.get(read.size() - 1).globalSequence();
                }
                to = List.copyOf(subscribers);
            }
            for (Item item : items) {
                for (Subscriber s : to) {
                    offer(s, item);
                }
            }
            if (System.nanoTime() - lastHeartbeat >= heartbeat.toNanos()) {
                lastHeartbeat = System.nanoTime();
                for (Subscriber s : to) {
                    heartbeat(s);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("stream poll failed; trying again", e);
        }
    }

    private void heartbeat(Subscriber s) {
        synchronized (s.lock) {
            if (s.buffer != null || s.closed) {
                return;
            }
        }
        try {
            s.emitter.send(SseEmitter.event().comment("heartbeat"));
        } catch (IOException | IllegalStateException e) {
            close(s);
            s.emitter.complete();
        }
    }

    /** A reservation's stock items, from its {@code ReservationPlaced} (cached). */
    private List<StockItemKey> allocationsOf(String reservationId) {
        synchronized (allocations) {
            List<StockItemKey> known = allocations.get(reservationId);
            if (known != null) {
                return known;
            }
        }
        List<AuditEvent> placed = log.read(new AuditFilter(List.of(reservationId), null, "ReservationPlaced",
                null, null), 0, 1);
        List<StockItemKey> items = placed.isEmpty() ? List.of()
                : StreamEvents.allocations(placed.get(0).payload().path("allocations"));
        synchronized (allocations) {
            allocations.put(reservationId, items);
        }
        return items;
    }

    /** Ends every stream and stops the threads. */
    @Override
    public void stop() {
        running = false;
        poller.shutdownNow();
        catchUp.shutdownNow();
        for (Subscriber s : List.copyOf(subscribers)) {
            close(s);
            try {
                s.emitter.complete();
            } catch (RuntimeException ignored) {
                // the response is gone already
            }
        }
    }
}
