package io.stockledger.inventory.api;

import io.stockledger.inventory.api.ApiClient.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the packaged service on one PostgreSQL, without Axon Server: reservations raced through
 * both for one stock item never oversell (optimistic concurrency on the aggregate sequence, retried); when
 * one instance dies, the other takes over its processors' segments and its projections go on.
 */
class MultiInstanceIT {

    private static final String ADMIN_KEY = "multi-instance-it-admin-key";
    /** The setting for several instances: aggregate caches check the store's latest version. */
    private static final Map<String, String> SEVERAL_INSTANCES = Map.of("STOCKLEDGER_CACHE_CHECK_STORE_VERSION", "true");

    private static EmbeddedPostgres postgres;
    private final List<ServiceProcess> services = new ArrayList<>();

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Path.of("target/multi-postgres"))
                .setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @AfterEach
    void stopServices() {
        services.forEach(ServiceProcess::killIfAlive);
    }

    @Test
    void racesThroughTwoInstancesNeverOversellAndTheSurvivorTakesOverTheProjections() throws Exception {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        ServiceProcess a = ServiceProcess.start("multi-a", url, ADMIN_KEY, SEVERAL_INSTANCES);
        services.add(a);
        ServiceProcess b = ServiceProcess.start("multi-b", url, ADMIN_KEY, SEVERAL_INSTANCES);
        services.add(b);
        a.api().warehouse("MI-1");
        a.api().receive("HOT-1", "MI-1", 100);

        int attempts = 240;
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int n = i;
            ApiClient through = (n % 2 == 0 ? a : b).api();
            done.add(threads.submit(() -> {
                start.await();
                Response r = through.post("/api/v1/reservations", "{\"orderId\":\"MI-" + n + "\",\"ttlSeconds\":0,"
                        + "\"lines\":[{\"sku\":\"HOT-1\",\"warehouse\":\"MI-1\",\"quantity\":1}]}");
                statuses.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();

        int reserved = statuses.getOrDefault(201, new AtomicInteger()).get();
        assertThat(statuses.keySet()).as("only held, refused for stock, or busy: %s", statuses)
                .isSubsetOf(201, 409, 503);
        assertThat(reserved).as("no oversell: %s", statuses).isLessThanOrEqualTo(100);
        assertThat(reserved).as("the stock was sold out by the race: %s", statuses)
                .isGreaterThanOrEqualTo(100 - statuses.getOrDefault(503, new AtomicInteger()).get());
        // The aggregate's own state, read through either instance by a change that moves nothing away.
        var level = b.api().receive("HOT-1", "MI-1", 1);
        assertThat(level.path("reserved").asLong()).as("holds = answered reservations").isEqualTo(reserved);
        assertThat(level.path("available").asLong()).isEqualTo(100 - reserved + 1);
        // Instance A's cached stock item is behind B's receipt: A must see the unit B just received.
        Response afterReceipt = a.api().post("/api/v1/reservations", "{\"orderId\":\"MI-LAST\",\"lines\":"
                + "[{\"sku\":\"HOT-1\",\"warehouse\":\"MI-1\",\"quantity\":" + (100 - reserved + 1) + "}]}");
        assertThat(afterReceipt.status()).as(afterReceipt.toString()).isEqualTo(201);

        a.kill();
        b.api().receive("AFTER-1", "MI-1", 7);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Response projected = b.api().get("/api/v1/stock/AFTER-1/MI-1");
            assertThat(projected.status()).as("the survivor's projections advance").isEqualTo(200);
            assertThat(projected.body().path("onHand").asLong()).isEqualTo(7);
            assertThat(b.api().get("/api/v1/stock/HOT-1/MI-1").body().path("available").asLong()).isZero();
        });
    }
}
