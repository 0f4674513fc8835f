package io.stockledger.inventory.api.admin;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Without the PostgreSQL event store (Axon Server as the event store, profile {@code axonserver}) a rebuild is
 * Axon's own reset: the reset handler runs, the processor replays the store by itself, and the projection
 * counts as rebuilding until it has passed the event that was newest at the reset. An in-memory event store
 * stands in for Axon Server here; only Axon's {@code EventStore} API is used.
 */
class ProjectionsWithoutJdbcStoreTest {

    final List<String> handled = new CopyOnWriteArrayList<>();
    final AtomicInteger resets = new AtomicInteger();
    final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    final PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
            .name("test-projection")
            .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Handler()).build())
            .messageSource(store)
            .tokenStore(new InMemoryTokenStore())
            .transactionManager(NoTransactionManager.INSTANCE)
            .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor())
            .workerExecutor(Executors.newScheduledThreadPool(2))
            .initialSegmentCount(2)
            .initialToken(source -> null)
            .build();

    class Handler {
        @EventHandler
        void on(String event) {
            handled.add(event);
        }

        @ResetHandler
        void reset() {
            resets.incrementAndGet();
            handled.clear();
        }
    }

    @AfterEach
    void stop() {
        processor.shutDown();
        store.shutDown();
    }

    @Test
    void givenNoJdbcStoreWhenRebuiltThenAxonResetReplaysEveryEvent() {
        store.publish(GenericEventMessage.asEventMessage("a"), GenericEventMessage.asEventMessage("b"),
                GenericEventMessage.asEventMessage("c"));
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of("test-projection", processor));
        Projections projections = new Projections(processing, null,
                new StaticListableBeanFactory().getBeanProvider(EventStorageEngine.class), store,
                new InMemoryTokenStore(), NoTransactionManager.INSTANCE);
        processor.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 3);

        assertThat(projections.rebuild("test-projection")).containsExactly("test-projection");

        await().atMost(Duration.ofSeconds(10)).until(() -> projections.rebuilding().isEmpty());
        assertThat(resets).hasValue(1);
        assertThat(handled).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(processor.isRunning()).isTrue();
        ProjectionStatus status = projections.status().get(0);
        assertThat(status.rebuilding()).isFalse();
        assertThat(status.head()).isEqualTo(2);
        assertThat(status.lag()).isZero();
    }
}
