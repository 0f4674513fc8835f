package io.stockledger.inventory.api.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit of orders: the reservations that arrive while the previous ones are being committed are
 * handled together, each command in its own unit of work nested in one root unit of work, and committed in
 * one database transaction — one append of all their events, one commit, one wait for the disk — instead of
 * one transaction each. This is PostgreSQL's own group commit (several transactions' WAL records flushed
 * together) moved up to the application, where it also lets a busy stock item take many reservations per
 * hold of its lock instead of one (Gray &amp; Reuter, <i>Transaction Processing: Concepts and Techniques</i>,
 * 1993, §9.4.7 "group commit").
 *
 * <p>One worker thread takes whatever waits, up to {@code max-batch} commands. The commands of a batch are
 * handled in arrival order; each sees the stock its predecessors held (the aggregates are shared within the
 * batch) and its own events are appended after theirs. A caller gets its answer only once the batch's
 * transaction has committed, so nothing answered can be lost. A batch commits only if every command in it
 * succeeded: when one is refused (a short line) or anything fails (a duplicate order at commit, a lock
 * conflict), the whole batch is rolled back and each of its commands is sent again on its own, with the
 * gateway's retries — exactly as without group commit, so every caller gets the answer it would have got
 * alone. A lone command is sent on its own at once.
 *
 * <p>Counted in {@code stockledger.reservations.batch.size} (commands per batch) and
 * {@code stockledger.reservations.batch.fallbacks} (batches sent again one by one).
 */
@Component
public class GroupCommit implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    /** A command waiting for its batch, and its answer. */
    private static final class Pending {
        final CommandMessage<?> command;
        final CompletableFuture<Object> answer = new CompletableFuture<>();

        Pending(CommandMessage<?> command) {
            this.command = command;
        }
    }

    /** Ends a batch when one of its commands fails. */
    private static final class Abandoned extends RuntimeException {
        Abandoned(Throwable cause) {
            super("a command of the batch failed", cause, false, false);
        }
    }

    private final CommandBus commandBus;
    private final CommandGateway gateway;
    private final TransactionManager transactions;
    private final boolean enabled;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final DistributionSummary batchSize;
    private final Counter fallbacks;
    private volatile boolean running;
    private Thread worker;

    /**
     * @param commandBus   the local command bus (handles a command on the dispatching thread)
     * @param gateway      the gateway, with its retries, for commands sent on their own
     * @param transactions the database transactions
     * @param meters       where the batch sizes and fallbacks are counted
     * @param enabled      {@code stockledger.reservations.group-commit.enabled}: false sends every order on
     *                     its own, on the caller's thread
     * @param maxBatch     {@code stockledger.reservations.group-commit.max-batch}: most commands per batch
     */
    GroupCommit(CommandBus commandBus, CommandGateway gateway, TransactionManager transactions,
                MeterRegistry meters,
                @Value("${stockledger.reservations.group-commit.enabled:true}") boolean enabled,
                @Value("${stockledger.reservations.group-commit.max-batch:32}") int maxBatch) {
        this.commandBus = commandBus;
        this.gateway = gateway;
        this.transactions = transactions;
        this.enabled = enabled;
        this.maxBatch = Math.max(1, maxBatch);
        this.batchSize = DistributionSummary.builder("stockledger.reservations.batch.size")
                .description("orders committed together in one transaction").register(meters);
        this.fallbacks = Counter.builder("stockledger.reservations.batch.fallbacks")
                .description("batches rolled back and sent again one order at a time").register(meters);
    }

    /**
     * Sends the command with the next batch and waits for its answer.
     *
     * @param command the command message, with its metadata
     * @param <R>     the handler's answer type
     * @return the handler's answer
     * @throws RuntimeException the handler's exception, unchanged, when the command is refused
     */
    @SuppressWarnings("unchecked")
    public <R> R send(CommandMessage<?> command) {
        Pending pending = new Pending(command);
        synchronized (this) {
            if (running) {
                queue.add(pending);
            } else {
                pending = null;
            }
        }
        if (pending == null) {
            return gateway.sendAndWait(command);
        }
        try {
            return (R) pending.answer.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw e;
        }
    }

    /** @return commands waiting for the worker */
    int waiting() {
        return queue.size();
    }

    private void work() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            Pending first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                continue;
            }
            batch.clear();
            batch.add(first);
            queue.drainTo(batch, maxBatch - 1);
            batchSize.record(batch.size());
            try {
                if (batch.size() == 1 || !together(batch)) {
                    batch.forEach(this::alone);
                }
            } catch (Throwable e) { // an Error: its callers must not wait forever, and the worker goes on
                LOG.error("group commit failed for a batch of {} orders", batch.size(), e);
                batch.forEach(pending -> pending.answer.completeExceptionally(e));
            }
        }
    }

    /** Sends one command on its own (its own transaction, the gateway's retries). */
    private void alone(Pending pending) {
        try {
            pending.answer.complete(gateway.sendAndWait(pending.command));
        } catch (RuntimeException e) {
            pending.answer.completeExceptionally(e);
        }
    }

    /** @return whether the batch committed (its callers answered); false when it was rolled back */
    private boolean together(List<Pending> batch) {
        List<Object> answers = new ArrayList<>(batch.size());
        UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(batch.get(0).command);
        try {
            root.attachTransaction(transactions);
            for (Pending pending : batch) {
                FutureCallback<Object, Object> callback = new FutureCallback<>();
                commandBus.dispatch(pending.command, callback);
                CommandResultMessage<?> result = callback.getResult();
                if (result.isExceptional()) {
                    throw new Abandoned(result.exceptionResult());
                }
                answers.add(result.getPayload());
            }
            root.commit();
        } catch (RuntimeException e) {
            if (root.isActive()) {
                root.rollback(e);
            }
            fallbacks.increment();
            LOG.debug("batch of {} orders sent again one by one: {}", batch.size(), e.toString());
            return false;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer.complete(answers.get(i));
        }
        return true;
    }

    /** Starts the worker thread. */
    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        worker = new Thread(this::work, "group-commit");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops taking new commands; those waiting are still answered. */
    @Override
    public void stop() {
        synchronized (this) {
            running = false;
        }
        Thread w = worker;
        if (w != null) {
            try {
                w.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Pending left = queue.poll(); left != null; left = queue.poll()) {
            alone(left);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
