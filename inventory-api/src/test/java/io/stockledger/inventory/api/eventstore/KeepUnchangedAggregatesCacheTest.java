package io.stockledger.inventory.api.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused command keeps its aggregates cached; one that changed an aggregate and failed does not. */
class KeepUnchangedAggregatesCacheTest {

    record Counted(String id) {
    }

    static class Counter {
        @AggregateIdentifier
        String id;
        int count;

        @EventSourcingHandler
        void on(Counted e) {
            id = e.id();
            count++;
        }
    }

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final Cache cache = new KeepUnchangedAggregatesCache(new WeakReferenceCache());
    private EventSourcedAggregate<Counter> aggregate;

    @BeforeEach
    void cachedAggregateWithOneEvent() {
        aggregate = EventSourcedAggregate.initialize(new Counter(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Counter.class), store,
                NoSnapshotTriggerDefinition.TRIGGER);
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        aggregate.execute(c -> AggregateLifecycle.apply(new Counted("C-1")));
        uow.commit();
        cache.put("C-1", new AggregateCacheEntry<>(aggregate));
    }

    @AfterEach
    void shutdown() {
        store.shutDown();
    }

    @Test
    void givenNoEventAppliedWhenRolledBackThenEntryKept() {
        assertThat(cache.remove("C-1")).isFalse();
        assertThat(cache.<String, AggregateCacheEntry<Counter>>get("C-1")).isNotNull();
        assertThat(cache.containsKey("C-1")).isTrue();
    }

    @Test
    void givenEventAppliedWhenRolledBackThenEntryRemoved() {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        aggregate.execute(c -> AggregateLifecycle.apply(new Counted("C-1")));
        uow.rollback();

        assertThat(aggregate.getAggregateRoot().count).as("the cached instance is dirty").isEqualTo(2);
        assertThat(cache.remove("C-1")).isTrue();
        assertThat(cache.<String, AggregateCacheEntry<Counter>>get("C-1")).isNull();
    }

    @Test
    void givenChangesCachedWhenUnitOfWorkThenRollsBackThenEntryRemoved() {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        aggregate.execute(c -> AggregateLifecycle.apply(new Counted("C-1")));
        cache.put("C-1", new AggregateCacheEntry<>(aggregate)); // saved at prepare-commit...
        uow.rollback(); // ...then the transaction failed

        assertThat(cache.<String, AggregateCacheEntry<Counter>>get("C-1")).isNull();
    }

    @Test
    void givenEntryRecachedAfterCommitWhenRemovedWithoutChangeThenKept() {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        aggregate.execute(c -> AggregateLifecycle.apply(new Counted("C-1")));
        uow.commit();
        cache.put("C-1", new AggregateCacheEntry<>(aggregate));

        assertThat(cache.remove("C-1")).isFalse();
        assertThat(cache.remove("unknown")).isFalse();
        assertThat(cache.remove(null)).isFalse();
    }

    @Test
    void givenAnotherInstanceAppendedWhenReadWithStoreCheckThenEntryDroppedElseKept() {
        Map<Object, Long> storeVersions = new HashMap<>(Map.of("C-1", 0L));
        Cache checked = new KeepUnchangedAggregatesCache(new WeakReferenceCache(), storeVersions::get);
        checked.put("C-1", new AggregateCacheEntry<>(aggregate));

        assertThat(checked.<String, AggregateCacheEntry<Counter>>get("C-1")).as("up to date").isNotNull();
        storeVersions.put("C-1", 1L); // another instance appended sequence 1
        assertThat(checked.<String, AggregateCacheEntry<Counter>>get("C-1")).as("behind the store").isNull();
        assertThat(checked.containsKey("C-1")).isFalse();
    }
}
