package io.stockledger.inventory.api;

import io.stockledger.inventory.api.config.AxonConfig;
import io.stockledger.inventory.command.stock.Balances;
import io.stockledger.inventory.command.stock.StockReceived;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * AxonFramework issue #4829: an event whose transaction commits after the gap timeout, while later events
 * commit, is skipped for good by the stock JDBC engine; the service's engine (commit-order reading below
 * the oldest transaction in flight) never skips it, and every projection ends up containing it.
 */
class DelayedCommitIT extends ServiceIT {

    private static final int LATER_EVENTS = 1_000;

    @Autowired
    EventStorageEngine engine;
    @Autowired
    ConnectionProvider connections;
    @Autowired
    TransactionManager axonTransactions;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Serializer serializer;

    @Test
    void givenStockEngineWhenAppendCommitsAfterGapTimeoutThenEventSkipped() throws Exception {
        JdbcEventStorageEngine stock = JdbcEventStorageEngine.builder()
                .connectionProvider(connections).transactionManager(axonTransactions)
                .schema(AxonConfig.eventSchema()).eventSerializer(serializer).snapshotSerializer(serializer)
                .dataType(byte[].class).gapTimeout(1_000).build();
        TrackingToken start = stock.createHeadToken();
        String wh = newWarehouse();

        String slow = holdOpenWhile(wh, () -> {
            appendLater(wh);
            sleep(Duration.ofMillis(1_500)); // past the 1 s gap timeout
        }, () -> {
            List<String> before = read(stock, start);
            assertThat(before).hasSize(LATER_EVENTS);
            return stock;
        });

        List<String> all = read(stock, start);
        assertThat(all).hasSize(LATER_EVENTS + 1).contains(slow); // the event is in the store...
        assertThat(lastReadAfterCommit).doesNotContain(slow);        // ...but a tracker that had moved on skips it
    }

    @Test
    void givenServiceEngineWhenAppendCommitsLateThenNoReaderSkipsItAndProjectionsContainIt() throws Exception {
        String wh = newWarehouse();
        api.warehouse(wh);
        TrackingToken start = engine.createHeadToken();

        String slowSku = holdOpenWhile(wh, () -> {
            appendLater(wh);
            sleep(Duration.ofMillis(1_500));
        }, () -> {
            assertThat(read(engine, start)).as("nothing after the open transaction is visible yet").isEmpty();
            return engine;
        });

        assertThat(lastReadAfterCommit).hasSize(LATER_EVENTS + 1).contains(slowSku);
        String sku = slowSku.substring(0, slowSku.indexOf('@'));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(api.get("/api/v1/stock/" + sku + "/" + wh).body().path("onHand").asLong()).isEqualTo(7);
            assertThat(api.get("/api/v1/stock/" + sku + "/movements").body().path("total").asLong()).isEqualTo(1);
            assertThat(api.get("/api/v1/stock/LATE-" + (LATER_EVENTS - 1) + "-" + wh + "/" + wh).status())
                    .isEqualTo(200);
        });
    }

    private List<String> lastReadAfterCommit;

    interface Reader {
        EventStorageEngine readBeforeCommit() throws Exception;
    }

    /**
     * Appends one event in a transaction held open while {@code meanwhile} runs and {@code check} reads;
     * commits it, then reads on from where {@code check}'s engine stopped into {@link #lastReadAfterCommit}.
     *
     * @return the held event's aggregate identifier
     */
    private String holdOpenWhile(String wh, Runnable meanwhile, Reader check) throws Exception {
        String slow = "SLOW-" + newSku().substring(4) + "@" + wh;
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() ->
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    engine.appendEvents(event(slow, 7));
                    appended.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        appended.await();
        meanwhile.run();
        TrackingToken[] last = new TrackingToken[1];
        EventStorageEngine reader = check.readBeforeCommit();
        last[0] = lastToken;
        release.countDown();
        holder.get();
        lastReadAfterCommit = read(reader, last[0]);
        return slow;
    }

    private TrackingToken lastToken;

    private List<String> read(EventStorageEngine reader, TrackingToken from) {
        List<TrackedEventMessage<?>> events = reader.readEvents(from, false).collect(Collectors.toList());
        lastToken = events.isEmpty() ? from : events.get(events.size() - 1).trackingToken();
        List<String> ids = new ArrayList<>();
        for (TrackedEventMessage<?> e : events) {
            ids.add(((org.axonframework.eventhandling.DomainEventMessage<?>) e).getAggregateIdentifier());
        }
        return ids;
    }

    private void appendLater(String wh) {
        for (int i = 0; i < LATER_EVENTS; i++) {
            engine.appendEvents(event("LATE-" + i + "-" + wh + "@" + wh, 1));
        }
    }

    private static GenericDomainEventMessage<StockReceived> event(String aggregateId, long quantity) {
        String sku = aggregateId.substring(0, aggregateId.indexOf('@'));
        String wh = aggregateId.substring(aggregateId.indexOf('@') + 1);
        return new GenericDomainEventMessage<>("StockItem", aggregateId, 0,
                new StockReceived(sku, wh, quantity, null, "delayed-commit-test", Instant.now(),
                        new Balances(quantity, 0, 0, 0)));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
