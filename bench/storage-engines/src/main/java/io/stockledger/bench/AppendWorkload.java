package io.stockledger.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Measurement (a): threads appending one event per transaction to aggregates picked at random, each event with
 * the next sequence number of its aggregate.
 *
 * <p>An aggregate is held by at most one thread at a time (a try-lock per aggregate), so sequence numbers never
 * collide and no append fails on the (aggregate, sequence) unique key: what is measured is the engine, not
 * conflict handling. Sequence numbers carry over from one thread count to the next.
 */
final class AppendWorkload {

    private final EngineUnderTest engine;
    private final String[] aggregateIds;
    /** Next sequence number per aggregate; read and written only by the thread holding the aggregate. */
    private final long[] nextSequence;
    /** 1 while a thread holds the aggregate; its atomic set/get also publishes {@link #nextSequence}. */
    private final AtomicIntegerArray held;

    /**
     * @param engine     the engine to append with
     * @param aggregates how many aggregates to spread the appends over
     */
    AppendWorkload(EngineUnderTest engine, int aggregates) {
        this.engine = engine;
        this.aggregateIds = new String[aggregates];
        for (int i = 0; i < aggregates; i++) {
            aggregateIds[i] = String.format("SKU-%06d", i);
        }
        this.nextSequence = new long[aggregates];
        this.held = new AtomicIntegerArray(aggregates);
    }

    /**
     * Appends from {@code threads} threads for {@code warmupSeconds}, then records every append that completes in
     * the following {@code durationSeconds} (its latency runs from transaction start to commit).
     *
     * @return the appends completed in the recorded window and their latencies
     */
    Result run(int threads, int warmupSeconds, int durationSeconds) throws InterruptedException {
        long start = System.nanoTime();
        long windowStart = start + warmupSeconds * 1_000_000_000L;
        long windowEnd = windowStart + durationSeconds * 1_000_000_000L;
        List<Appender> appenders = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Appender appender = new Appender(windowStart, windowEnd);
            appenders.add(appender);
            Thread thread = new Thread(appender, engine.name() + "-append-" + i);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        long[] latencies = appenders.stream().flatMapToLong(a -> Arrays.stream(a.latencies, 0, a.count)).toArray();
        long failures = appenders.stream().mapToLong(a -> a.failures).sum();
        Throwable firstFailure = appenders.stream().map(a -> a.firstFailure).filter(f -> f != null)
                .findFirst().orElse(null);
        return new Result(threads, durationSeconds, latencies, failures, firstFailure);
    }

    /** One appending thread: appends until the recorded window ends, keeping the latencies inside it. */
    private final class Appender implements Runnable {

        private final long windowStart;
        private final long windowEnd;
        private long[] latencies = new long[16_384];
        private int count;
        private long failures;
        private Throwable firstFailure;

        Appender(long windowStart, long windowEnd) {
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
        }

        @Override
        public void run() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (System.nanoTime() < windowEnd) {
                int aggregate = random.nextInt(aggregateIds.length);
                if (!held.compareAndSet(aggregate, 0, 1)) {
                    continue;
                }
                try {
                    long sequence = nextSequence[aggregate];
                    long began = System.nanoTime();
                    engine.inTransaction(() -> engine.engine().appendEvents(
                            BenchEvents.adjustment(aggregateIds[aggregate], sequence)));
                    long ended = System.nanoTime();
                    nextSequence[aggregate] = sequence + 1;
                    if (ended >= windowStart && ended <= windowEnd) {
                        record(ended - began);
                    }
                } catch (RuntimeException e) {
                    failures++;
                    if (firstFailure == null) {
                        firstFailure = e;
                    }
                } finally {
                    held.set(aggregate, 0);
                }
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }

    /**
     * The recorded window of one run.
     *
     * @param threads         appending threads
     * @param durationSeconds length of the recorded window
     * @param latencies       nanoseconds of each append (transaction begin to commit) that ended in the window
     * @param failures        appends that threw, over the whole run (expected: 0)
     * @param firstFailure    the first of them, or {@code null}
     */
    record Result(int threads, int durationSeconds, long[] latencies, long failures, Throwable firstFailure) {

        /** @return appends per second in the recorded window */
        double eventsPerSecond() {
            return latencies.length / (double) durationSeconds;
        }

        /** @return the {@code quantile} (0..1) of the append latencies, in milliseconds */
        double latencyMillis(double quantile) {
            return Stats.quantile(latencies, quantile) / 1e6;
        }
    }
}
