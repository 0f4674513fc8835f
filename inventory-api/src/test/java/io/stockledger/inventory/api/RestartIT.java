package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockledger.inventory.api.ApiClient.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged service as a real process ({@code java -jar}) on a PostgreSQL server: a clean stop and a
 * {@code kill -9} in the middle of writes lose nothing that was answered, and leave nothing half-applied.
 */
class RestartIT {

    private static final String ADMIN_KEY = "restart-it-admin-key";

    private static EmbeddedPostgres postgres;
    private ServiceProcess service;
    private ApiClient api;

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Path.of("target/restart-postgres"))
                .setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @AfterEach
    void stopService() {
        if (service != null) {
            service.killIfAlive();
        }
    }

    @Test
    void givenStockAndOpenReservationWhenServiceRestartsThenNothingLost() throws Exception {
        start();
        api.warehouse("RS-1");
        api.receive("RESTART-A", "RS-1", 50);
        Response placed = api.post("/api/v1/reservations", "{\"orderId\":\"SO-R1\",\"ttlSeconds\":0,\"lines\":["
                + "{\"sku\":\"RESTART-A\",\"warehouse\":\"RS-1\",\"quantity\":20}]}");
        assertThat(placed.status()).isEqualTo(201);
        String id = placed.body().path("reservationId").asText();
        awaitProjected("RESTART-A", "RS-1", 1);
        JsonNode before = api.get("/api/v1/stock/RESTART-A/RS-1").body();
        JsonNode historyBefore = api.get("/api/v1/stock/RESTART-A/movements").body();

        stop();
        start();

        assertThat(api.get("/api/v1/stock/RESTART-A/RS-1").body()).isEqualTo(before);
        assertThat(api.get("/api/v1/stock/RESTART-A/movements").body()).isEqualTo(historyBefore);
        assertThat(api.get("/api/v1/reservations/" + id).body().path("status").asText()).isEqualTo("RESERVED");
        Response shipped = api.post("/api/v1/reservations/" + id + "/ship", null);
        assertThat(shipped.body().path("status").asText()).isEqualTo("SHIPPED");
        assertThat(api.receive("RESTART-A", "RS-1", 1).path("onHand").asLong()).isEqualTo(31);
    }

    @Test
    void givenTransferInTransitWhenServiceIsKilledThenReceivedAfterRestartWithNothingLost() throws Exception {
        start();
        api.warehouse("TR-1");
        api.warehouse("TR-2");
        api.receive("TRANSIT-A", "TR-1", 40);
        Response requested = api.post("/api/v1/transfers", "{\"from\":\"TR-1\",\"to\":\"TR-2\",\"lines\":["
                + "{\"sku\":\"TRANSIT-A\",\"quantity\":15}]}");
        assertThat(requested.status()).isEqualTo(201);
        String id = requested.body().path("transferId").asText();
        assertThat(api.post("/api/v1/transfers/" + id + "/dispatch", "{\"trackingNumber\":\"TRK-1\"}").status())
                .isEqualTo(200);
        service.kill(); // SIGKILL between dispatch and receipt

        start();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(api.get("/api/v1/transfers/" + id).body().path("status").asText()).isEqualTo("IN_TRANSIT"));
        Response received = api.post("/api/v1/transfers/" + id + "/receive", "{\"lines\":["
                + "{\"sku\":\"TRANSIT-A\",\"quantity\":15}]}");
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.body().path("discrepancies")).isEmpty();
        JsonNode source = api.receive("TRANSIT-A", "TR-1", 1);
        JsonNode destination = api.receive("TRANSIT-A", "TR-2", 1);
        assertThat(source.path("onHand").asLong()).isEqualTo(40 - 15 + 1);
        assertThat(source.path("reserved").asLong()).isZero();
        assertThat(destination.path("onHand").asLong()).isEqualTo(15 + 1);
        assertThat(destination.path("inTransit").asLong()).isZero();
    }

    @Test
    void givenHoldWhenItFallsDueWhileServiceIsDownThenReleasedSoonAfterStart() throws Exception {
        start();
        api.warehouse("EX-1");
        api.receive("EXPIRE-A", "EX-1", 10);
        Response placed = api.post("/api/v1/reservations", "{\"orderId\":\"SO-X1\",\"ttlSeconds\":3,\"lines\":["
                + "{\"sku\":\"EXPIRE-A\",\"quantity\":4}]}");
        assertThat(placed.status()).isEqualTo(201);
        String id = placed.body().path("reservationId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/v1/reservations/" + id).status()).isEqualTo(200));
        stop();
        Thread.sleep(4_000);
        start();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/v1/reservations/" + id).body().path("status").asText()).isEqualTo("EXPIRED"));
        assertThat(api.receive("EXPIRE-A", "EX-1", 1).path("available").asLong()).isEqualTo(11);
    }

    @Test
    void givenWritesInFlightWhenKilled9ThenEveryAnsweredChangeIsThereAndNoneHalfApplied() throws Exception {
        start();
        api.warehouse("KL-1");
        for (String sku : List.of("KILL-A", "KILL-B")) {
            api.receive(sku, "KL-1", 1_000_000);
        }
        ConcurrentLinkedQueue<Long> answeredReceipts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> answeredReservations = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int thread = t;
            writers.submit(() -> {
                while (running.get()) {
                    try {
                        int n = attempts.incrementAndGet();
                        if (thread % 2 == 0) {
                            long quantity = 1 + n % 7;
                            if (api.post("/api/v1/stock/receipts", "{\"sku\":\"KILL-A\",\"warehouse\":\"KL-1\","
                                    + "\"quantity\":" + quantity + "}").status() == 200) {
                                answeredReceipts.add(quantity);
                            }
                        } else {
                            Response r = api.post("/api/v1/reservations", "{\"orderId\":\"K-" + n + "\","
                                    + "\"ttlSeconds\":0,\"lines\":[{\"sku\":\"KILL-A\",\"warehouse\":\"KL-1\","
                                    + "\"quantity\":2},{\"sku\":\"KILL-B\",\"warehouse\":\"KL-1\",\"quantity\":3}]}");
                            if (r.status() == 201) {
                                answeredReservations.add(r.body().path("reservationId").asText());
                            }
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        Thread.sleep(3_000);
        service.kill(); // SIGKILL
        running.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(answeredReceipts).isNotEmpty();
        assertThat(answeredReservations).isNotEmpty();

        start();
        // The aggregates' own state, through a change that moves nothing away: a receipt of 1.
        JsonNode a = api.receive("KILL-A", "KL-1", 1);
        JsonNode b = api.receive("KILL-B", "KL-1", 1);
        long answeredUnits = answeredReceipts.stream().mapToLong(Long::longValue).sum();
        assertThat(a.path("onHand").asLong()).isGreaterThanOrEqualTo(1_000_000 + answeredUnits + 1);
        // Every reservation holds on both items or on neither: reserved = 2 and 3 units per reservation.
        long reservationsOnA = a.path("reserved").asLong() / 2;
        assertThat(a.path("reserved").asLong() % 2).isZero();
        assertThat(b.path("reserved").asLong()).isEqualTo(reservationsOnA * 3);
        assertThat(reservationsOnA).isGreaterThanOrEqualTo(answeredReservations.size());
        // Every answered reservation is there and open.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String id : answeredReservations) {
                assertThat(api.get("/api/v1/reservations/" + id).body().path("status").asText()).isEqualTo("RESERVED");
            }
        });
        // The projections catch up with the aggregates, and the ledger sums to on hand.
        awaitProjected("KILL-A", "KL-1", a.path("version").asLong());
        JsonNode projected = api.get("/api/v1/stock/KILL-A/KL-1").body();
        assertThat(projected.path("onHand").asLong()).isEqualTo(a.path("onHand").asLong());
        assertThat(projected.path("reserved").asLong()).isEqualTo(a.path("reserved").asLong());
        long ledger = 0;
        Map<String, Long> types = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode items = api.get("/api/v1/stock/KILL-A/movements?size=500&page=" + page).body().path("items");
            if (items.isEmpty()) {
                break;
            }
            for (JsonNode m : items) {
                ledger += m.path("quantity").asLong();
                types.merge(m.path("type").asText(), 1L, Long::sum);
            }
        }
        assertThat(ledger).isEqualTo(a.path("onHand").asLong());
        assertThat(types.keySet()).containsOnly("RECEIPT");
    }

    private void awaitProjected(String sku, String wh, long version) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(api.get("/api/v1/stock/" + sku + "/" + wh).body().path("version").asLong())
                        .isGreaterThanOrEqualTo(version));
    }

    private void start() throws Exception {
        service = ServiceProcess.start("restart-it-service", postgres.getJdbcUrl("postgres", "postgres"), ADMIN_KEY);
        api = service.api();
    }

    private void stop() throws Exception {
        service.stop();
    }
}
