package io.stockledger.inventory.api.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the pooled processors' message source, with prompt wake-ups. Axon's pooled
 * coordinator waits for its stream's "events available" callback, and without one (the embedded event
 * store's streams have none) it looks again only every 500 ms — half a second of projection lag on
 * average. The streams opened here accept the callback and call it every {@code wakeUpMillis}
 * (default 10 ms); the coordinator then checks its stream on its own thread, which costs an in-memory
 * look when nothing is new.
 */
public class PromptlyPolledEventSource extends EventStoreSource {

    private final long wakeUpMillis;
    private final ScheduledExecutorService wakeUps = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "event-source-wake-up");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param eventStore   the event store to read
     * @param wakeUpMillis how often a waiting processor is woken to look for new events, in milliseconds
     */
    public PromptlyPolledEventSource(EventStore eventStore, long wakeUpMillis) {
        super(eventStore);
        this.wakeUpMillis = wakeUpMillis;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Stream(super.openStream(trackingToken));
    }

    /** Stops the wake-ups (on shutdown). */
    public void shutDown() {
        wakeUps.shutdownNow();
    }

    private final class Stream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile ScheduledFuture<?> wakeUp;

        Stream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            ScheduledFuture<?> previous = wakeUp;
            if (previous != null) {
                previous.cancel(false);
            }
            wakeUp = wakeUps.scheduleWithFixedDelay(callback, wakeUpMillis, wakeUpMillis, TimeUnit.MILLISECONDS);
            return true;
        }

        @Override
        public void close() {
            ScheduledFuture<?> current = wakeUp;
            if (current != null) {
                current.cancel(false);
            }
            delegate.close();
        }
    }
}
