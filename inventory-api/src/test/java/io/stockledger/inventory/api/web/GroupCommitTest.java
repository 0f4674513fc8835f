package io.stockledger.inventory.api.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The orders that wait while one is handled are committed together; a refusal rolls the batch back and every
 * command is sent again alone, so each caller gets the answer it would have got alone, and every accepted
 * command is committed exactly once.
 */
class GroupCommitTest {

    /** A command: answered with its id, or refused. */
    record Order(String id, boolean refuse) {
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> committed = new CopyOnWriteArrayList<>();
    private final List<String> rolledBack = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate = new CountDownLatch(1);
    private GroupCommit groupCommit;

    @BeforeEach
    void setUp() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(Order.class.getName(), message -> {
            Order order = (Order) message.getPayload();
            if (order.id().equals("gate")) {
                assertThat(gate.await(10, TimeUnit.SECONDS)).isTrue();
            }
            if (order.refuse()) {
                throw new IllegalStateException("refused " + order.id());
            }
            // runs only when the outermost unit of work commits
            CurrentUnitOfWork.get().afterCommit(u -> committed.add(order.id()));
            CurrentUnitOfWork.get().onRollback(u -> rolledBack.add(order.id()));
            return order.id();
        });
        groupCommit = new GroupCommit(bus, DefaultCommandGateway.builder().commandBus(bus).build(),
                NoTransactionManager.INSTANCE, meters, true, 32);
        groupCommit.start();
    }

    @AfterEach
    void tearDown() {
        groupCommit.stop();
    }

    private CompletableFuture<Object> send(String id, boolean refuse) {
        return CompletableFuture.supplyAsync(() -> groupCommit.send(GenericCommandMessage.asCommandMessage(
                new Order(id, refuse))));
    }

    /** Holds the worker on a "gate" order, queues the given orders in turn, then lets it go. */
    private List<CompletableFuture<Object>> queuedBehindGate(Order... orders) {
        CompletableFuture<Object> gated = send("gate", false);
        await().atMost(Duration.ofSeconds(10)).until(() -> groupCommit.waiting() == 0 && !gated.isDone());
        List<CompletableFuture<Object>> answers = new CopyOnWriteArrayList<>();
        for (Order order : orders) {
            int before = groupCommit.waiting();
            answers.add(send(order.id(), order.refuse()));
            await().atMost(Duration.ofSeconds(10)).until(() -> groupCommit.waiting() == before + 1);
        }
        gate.countDown();
        gated.join();
        return answers;
    }

    @Test
    void ordersWaitingTogetherAreCommittedInOneBatchAndAnsweredAfterIt() {
        List<CompletableFuture<Object>> answers = queuedBehindGate(new Order("a1", false), new Order("a2", false),
                new Order("a3", false), new Order("a4", false));

        assertThat(answers).extracting(CompletableFuture::join).containsExactly("a1", "a2", "a3", "a4");
        assertThat(committed.get(0)).isEqualTo("gate");
        assertThat(committed.subList(1, committed.size())).as("committed once each, together (Axon runs the "
                + "after-commit handlers of a batch in reverse order)").containsExactlyInAnyOrder("a1", "a2", "a3", "a4");
        assertThat(meters.get("stockledger.reservations.batch.size").summary().max()).isEqualTo(4);
        assertThat(meters.get("stockledger.reservations.batch.fallbacks").counter().count()).isZero();
    }

    @Test
    void aRefusalRollsTheBatchBackAndEveryOrderIsSentAgainAlone() {
        List<CompletableFuture<Object>> answers = queuedBehindGate(new Order("b1", false), new Order("b2", true),
                new Order("b3", false));

        assertThat(answers.get(0).join()).isEqualTo("b1");
        assertThatThrownBy(() -> answers.get(1).get()).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("refused b2");
        assertThat(answers.get(2).join()).isEqualTo("b3");
        assertThat(committed).as("each accepted order committed once, alone after the batch was rolled back")
                .containsExactly("gate", "b1", "b3");
        assertThat(rolledBack).as("b1's part of the batch was rolled back").containsExactly("b1");
        assertThat(meters.get("stockledger.reservations.batch.fallbacks").counter().count()).isEqualTo(1);
    }

    @Test
    void whenStoppedOrdersAreSentOnTheCallersThread() {
        groupCommit.stop();
        assertThat((Object) groupCommit.send(GenericCommandMessage.asCommandMessage(new Order("c1", false))))
                .isEqualTo("c1");
        assertThat(committed).containsExactly("c1");
        assertThatThrownBy(() -> groupCommit.send(GenericCommandMessage.asCommandMessage(new Order("c2", true))))
                .isInstanceOf(IllegalStateException.class).hasMessage("refused c2");
    }
}
