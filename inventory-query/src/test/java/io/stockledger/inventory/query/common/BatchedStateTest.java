package io.stockledger.inventory.query.common;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** State loaded once and saved once per unit of work, in the order of first change; nothing on rollback. */
class BatchedStateTest {

    /** A counter per key, standing in for a projection's row. */
    static final class Counter {
        final String key;
        int value;

        Counter(String key, int value) {
            this.key = key;
            this.value = value;
        }
    }

    private final AtomicInteger loads = new AtomicInteger();
    private final List<List<String>> saves = new ArrayList<>();
    private final BatchedState<String, Counter> state = new BatchedState<>(key -> {
        loads.incrementAndGet();
        return new Counter(key, 10);
    }, this::save);

    private void save(Collection<Counter> changed) {
        saves.add(changed.stream().map(c -> c.key + "=" + c.value).toList());
    }

    @Test
    void givenAUnitOfWorkWhenAKeyIsUpdatedTwiceThenLoadedOnceAndSavedOnceAtCommitInFirstChangeOrder() {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        state.update("b", c -> c.value++);
        state.update("a", c -> c.value++);
        state.update("b", c -> c.value++);
        assertThat(state.read("b").value).as("later events see earlier changes").isEqualTo(12);
        assertThat(saves).isEmpty();

        uow.commit();

        assertThat(loads).hasValue(2);
        assertThat(saves).containsExactly(List.of("b=12", "a=11"));
    }

    @Test
    void givenAUnitOfWorkWhenOnlyReadThenNothingSaved() {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        state.read("a");
        uow.commit();
        assertThat(saves).isEmpty();
    }

    @Test
    void givenAUnitOfWorkWhenRolledBackThenNothingSavedAndTheNextBatchLoadsAgain() {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        state.update("a", c -> c.value = 99);
        uow.rollback();

        UnitOfWork<?> next = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        state.update("a", c -> c.value++);
        next.commit();

        assertThat(saves).containsExactly(List.of("a=11"));
        assertThat(loads).hasValue(2);
    }

    @Test
    void withoutAUnitOfWorkEachUpdateIsLoadedAndSavedAtOnce() {
        state.update("a", c -> c.value++);
        state.update("a", c -> c.value++);
        assertThat(saves).containsExactly(List.of("a=11"), List.of("a=11"));
    }
}
