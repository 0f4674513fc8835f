package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockledger.inventory.api.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real threads racing through HTTP for the same stock item. */
class ConcurrencyHttpIT extends ServiceIT {

    @Test
    void given100UnitsWhen200ThreadsReserveOneEachThenExactly100Succeed() throws Exception {
        String wh = newWarehouse();
        String sku = newSku();
        api.warehouse(wh);
        api.receive(sku, wh, 100);
        String body = "{\"orderId\":\"%s\",\"lines\":[{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":1}]}";
        List<Integer> statuses = race(200, i -> api.post("/api/v1/reservations", body.formatted("SO-" + sku + "-" + i)));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(100);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(100);
        JsonNode level = api.post("/api/v1/stock/counts", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"countedQuantity\":100}").body();
        assertThat(level.path("reserved").asLong()).isEqualTo(100);
        assertThat(level.path("available").asLong()).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode projected = api.get("/api/v1/stock/" + sku + "/" + wh).body();
            assertThat(projected.path("version").asLong()).isEqualTo(level.path("version").asLong());
            assertThat(projected.path("reserved").asLong()).isEqualTo(100);
            assertThat(projected.path("available").asLong()).isZero();
        });
    }

    @Test
    void givenNewItemWhen100ThreadsReceiveTenEachThenOnHandIs1000() throws Exception {
        String wh = newWarehouse();
        String sku = newSku();
        api.warehouse(wh);
        String body = "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh + "\",\"quantity\":10}";
        List<Integer> statuses = race(100, i -> api.post("/api/v1/stock/receipts", body));

        assertThat(statuses).containsOnly(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode projected = api.get("/api/v1/stock/" + sku + "/" + wh).body();
            assertThat(projected.path("onHand").asLong()).isEqualTo(1000);
            assertThat(projected.path("version").asLong()).isEqualTo(99);
            assertThat(api.get("/api/v1/stock/" + sku + "/movements?size=1").body().path("total").asLong())
                    .isEqualTo(100);
        });
    }

    interface Call {
        Response call(int i);
    }

    /** Starts {@code n} threads at once, each making one call; answers their statuses. */
    static List<Integer> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int id = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.call(id).status();
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
