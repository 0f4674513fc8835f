package io.stockledger.inventory.api.admin;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One read of the store feeds every projection in order; a projection that fails falls back to a replay
 * while the others finish with their tokens at the last event.
 */
class SharedReadRebuildTest {

    /** A numbered event. */
    record Numbered(int n) {
    }

    /** Records what it is given; fails at one number when asked to. */
    static final class Recorder {
        final List<Integer> seen = new ArrayList<>();
        final List<Boolean> replayed = new ArrayList<>();
        final int failAt;
        int resets;

        Recorder(int failAt) {
            this.failAt = failAt;
        }

        @EventHandler
        void on(Numbered e, ReplayStatus status) {
            if (e.n() == failAt) {
                throw new IllegalStateException("handler fails at " + failAt);
            }
            seen.add(e.n());
            replayed.add(status.isReplay());
        }

        @ResetHandler
        void reset() {
            resets++;
            seen.clear();
            replayed.clear();
        }
    }

    private static AbstractEventProcessor processor(String name, Object handler) {
        return SubscribingEventProcessor.builder().name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler)
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance()).build()) // as configured
                .messageSource(SimpleEventBus.builder().build()).build();
    }

    @Test
    void everyProjectionSeesEveryEventInOrderAndAFailingOneFallsBackAlone() {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        int total = 2 * BulkRebuild.CHUNK + 123;
        List<GenericDomainEventMessage<Numbered>> events = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            events.add(new GenericDomainEventMessage<>("Item", "item-" + (i % 7), i / 7, new Numbered(i)));
        }
        storage.appendEvents(events);
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        int handledThrough = 999; // the processors had handled events 0 … 999
        tokens.initializeTokenSegments("good", 2, new GlobalSequenceTrackingToken(handledThrough));
        tokens.initializeTokenSegments("bad", 1, new GlobalSequenceTrackingToken(handledThrough));
        Recorder good = new Recorder(-1);
        Recorder bad = new Recorder(BulkRebuild.CHUNK + 10);
        BulkRebuild goodRebuild = new BulkRebuild(Map.of("good", processor("good", good)), tokens,
                NoTransactionManager.INSTANCE);
        BulkRebuild badRebuild = new BulkRebuild(Map.of("bad", processor("bad", bad)), tokens,
                NoTransactionManager.INSTANCE);
        goodRebuild.claim();
        badRebuild.claim();
        List<String> done = new CopyOnWriteArrayList<>();

        new SharedReadRebuild(storage, Map.of("good", goodRebuild, "bad", badRebuild), done::add).run();

        assertThat(done).containsExactlyInAnyOrder("good", "bad");
        assertThat(good.resets).isEqualTo(1);
        assertThat(good.seen).hasSize(total);
        for (int i = 0; i < total; i++) {
            assertThat(good.seen.get(i)).isEqualTo(i);
        }
        for (int i = 0; i < total; i++) {
            assertThat(good.replayed.get(i)).as("event %d is a replay exactly when the processor had passed it", i)
                    .isEqualTo(i <= handledThrough);
        }
        assertThat(goodRebuild.events()).isEqualTo(total);
        TrackingToken last = tokens.fetchToken("good", 0);
        assertThat(last.position()).hasValue(total - 1L);
        assertThat(tokens.fetchToken("good", 1)).isEqualTo(last);

        assertThat(bad.seen).as("the first chunk and the second up to the failure (no transaction here to roll "
                + "it back), then no further chunk").hasSize(BulkRebuild.CHUNK + 10);
        TrackingToken fallback = tokens.fetchToken("bad", 0);
        assertThat(fallback).as("falls back to Axon's replay").isInstanceOf(ReplayToken.class);
        assertThat(((ReplayToken) fallback).getCurrentToken()).as("from the start").isNull();
        assertThat(((ReplayToken) fallback).getTokenAtReset()).as("a replay up to where it had come")
                .isEqualTo(new GlobalSequenceTrackingToken(handledThrough));
    }
}
