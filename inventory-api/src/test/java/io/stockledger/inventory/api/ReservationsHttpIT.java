package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockledger.inventory.api.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Orders across warehouses through HTTP: allocation, all-or-nothing, retries, expiry, bad input. */
class ReservationsHttpIT extends ServiceIT {

    @Test
    void givenTwoWarehousesWhenLineNamesNoneThenHighestPriorityFirstAndSplit() {
        String high = newWarehouse(), low = newWarehouse();
        api.post("/api/v1/warehouses", "{\"code\":\"" + high + "\",\"name\":\"High\",\"priority\":900}");
        api.post("/api/v1/warehouses", "{\"code\":\"" + low + "\",\"name\":\"Low\",\"priority\":800}");
        String sku = newSku();
        api.receive(sku, high, 5);
        api.receive(sku, low, 50);

        Response first = api.post("/api/v1/reservations", order("SO-P1-" + sku, line(sku, null, 4)));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().path("allocations")).hasSize(1);
        assertThat(first.body().path("allocations").get(0).path("warehouse").asText()).isEqualTo(high);

        Response split = api.post("/api/v1/reservations", order("SO-P2-" + sku, line(sku, null, 10)));
        assertThat(split.status()).isEqualTo(201);
        Map<String, Long> allocated = new HashMap<>();
        split.body().path("allocations").forEach(a -> allocated.put(a.path("warehouse").asText(),
                a.path("quantity").asLong()));
        assertThat(allocated).containsEntry(high, 1L).containsEntry(low, 9L);

        Response short_ = api.post("/api/v1/reservations", order("SO-P3-" + sku, line(sku, null, 42)));
        assertThat(short_.status()).isEqualTo(409);
        JsonNode shortage = short_.body().path("shortages").get(0);
        assertThat(shortage.path("available").asLong()).isEqualTo(41);
        assertThat(shortage.has("warehouse")).isFalse();
        assertThat(api.receive(sku, low, 1).path("reserved").asLong()).isEqualTo(9);
    }

    @Test
    void givenIdempotencyKeyWhenRepeatedThenFirstAnswerAgainAndNothingHeldTwice() {
        String wh = newWarehouse();
        String sku = newSku();
        api.warehouse(wh);
        api.receive(sku, wh, 10);
        String body = order("SO-K1-" + sku, line(sku, wh, 4));
        String key = "key-" + sku;

        Response first = keyed(key, body);
        Response again = keyed(key, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(api.receive(sku, wh, 1).path("reserved").asLong()).isEqualTo(4);

        Response other = keyed(key, order("SO-K1-" + sku, line(sku, wh, 5)));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problemType()).isEqualTo("/problems/idempotency-key-reuse");

        String refusedBody = order("SO-K2-" + sku, line(sku, wh, 100));
        Response refused = keyed("refused-" + sku, refusedBody);
        assertThat(refused.status()).isEqualTo(409);
        api.receive(sku, wh, 1000);
        Response refusedAgain = keyed("refused-" + sku, refusedBody);
        assertThat(refusedAgain.status()).as("the first answer, even though stock arrived since").isEqualTo(409);
        assertThat(refusedAgain.body().path("shortages")).isEqualTo(refused.body().path("shortages"));
    }

    @Test
    void givenOpenOrderWhenSameOrderAgainThenSameReservationOrConflict() {
        String wh = newWarehouse();
        String sku = newSku();
        api.warehouse(wh);
        api.receive(sku, wh, 2);
        Response first = api.post("/api/v1/reservations", order("SO-O-" + sku, line(sku, wh, 2)));
        Response same = api.post("/api/v1/reservations", order("SO-O-" + sku, line(sku, wh, 2)));
        assertThat(first.status()).isEqualTo(201);
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.body().path("reservationId")).isEqualTo(first.body().path("reservationId"));
        Response different = api.post("/api/v1/reservations", order("SO-O-" + sku, line(sku, wh, 3)));
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.problemType()).isEqualTo("/problems/order-already-reserved");
        assertThat(api.receive(sku, wh, 1).path("reserved").asLong()).isEqualTo(2);

        Response sameAgainWithRoom = api.post("/api/v1/reservations", order("SO-O-" + sku, line(sku, wh, 2)));
        assertThat(sameAgainWithRoom.status()).as("also when stock would allow a second hold").isEqualTo(200);
        assertThat(api.receive(sku, wh, 1).path("reserved").asLong()).isEqualTo(2);

        api.post("/api/v1/reservations/" + first.body().path("reservationId").asText() + "/release", null);
        Response afterRelease = api.post("/api/v1/reservations", order("SO-O-" + sku, line(sku, wh, 3)));
        assertThat(afterRelease.status()).isEqualTo(201);
    }

    @Test
    void givenShortTtlWhenTimeRunsOutThenExpiredAndReleased() {
        String wh = newWarehouse();
        String sku = newSku();
        api.warehouse(wh);
        api.receive(sku, wh, 10);
        Response placed = api.post("/api/v1/reservations", "{\"orderId\":\"SO-E1-" + sku + "\",\"ttlSeconds\":1,\"lines\":["
                + line(sku, wh, 6) + "]}");
        String id = placed.body().path("reservationId").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/reservations/" + id).body().path("status").asText()).isEqualTo("EXPIRED"));
        assertThat(api.receive(sku, wh, 1).path("available").asLong()).isEqualTo(11);
        assertThat(api.post("/api/v1/reservations/" + id + "/ship", null).problemType())
                .isEqualTo("/problems/reservation-not-open");
        assertThat(api.get("/api/v1/reservations?orderId=SO-E1-" + sku + "&status=EXPIRED").body().path("total").asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/reservations?sku=" + sku).body().path("items").get(0).path("reservationId")
                .asText()).isEqualTo(id);
    }

    @Test
    void givenBadOrdersThenFourHundredsAndNothingHeld() {
        String wh = newWarehouse(), inactive = newWarehouse();
        String sku = newSku();
        api.warehouse(wh);
        api.warehouse(inactive);
        api.receive(sku, wh, 10);
        api.receive(sku, inactive, 10);
        api.post("/api/v1/warehouses/" + inactive + "/deactivate", null);

        List<String> lines201 = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            lines201.add(line(sku, wh, 1));
        }
        assertThat(api.post("/api/v1/reservations", "{\"orderId\":\"SO-B\",\"lines\":[" + String.join(",", lines201)
                + "]}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/reservations", "{\"orderId\":\"SO-B\",\"ttlSeconds\":9999999999,\"lines\":["
                + line(sku, wh, 1) + "]}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/reservations", order("SO-B", line(sku, "NOPE-" + wh, 1))).problemType())
                .isEqualTo("/problems/unknown-warehouse");
        Response inactiveLine = api.post("/api/v1/reservations", order("SO-B", line(sku, inactive, 1)));
        assertThat(inactiveLine.status()).isEqualTo(422);
        assertThat(inactiveLine.problemType()).isEqualTo("/problems/inactive-warehouse");
        assertThat(keyed("k-bad-" + sku, "{\"orderId\":\"SO-B\"}").status()).isEqualTo(400);
        assertThat(api.receive(sku, wh, 1).path("reserved").asLong()).isZero();

        Response merged = api.post("/api/v1/reservations", order("SO-M-" + sku, line(sku, wh, 2), line(sku, wh, 3)));
        assertThat(merged.status()).isEqualTo(201);
        assertThat(merged.body().path("allocations")).hasSize(1);
        assertThat(merged.body().path("allocations").get(0).path("quantity").asLong()).isEqualTo(5);
        Response anywhere = api.post("/api/v1/reservations", order("SO-A-" + sku, line(sku, null, 7)));
        assertThat(anywhere.status()).as("the inactive warehouse's stock is not allocated").isEqualTo(409);
    }

    @Test
    void given50ConcurrentOrdersOverTenSkusThenEveryAcceptedOrderFullyHeldAndRefusedHoldNothing() throws Exception {
        String wh = newWarehouse();
        api.warehouse(wh);
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String sku = newSku();
            skus.add(sku);
            api.receive(sku, wh, 10);
        }
        Map<Integer, List<String>> orders = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            List<String> lines = new ArrayList<>();
            while (lines.size() < 3) {
                String sku = skus.get(random.nextInt(skus.size()));
                if (!lines.contains(sku)) {
                    lines.add(sku);
                }
            }
            orders.put(i, lines);
        }
        Map<Integer, String> accepted = new ConcurrentHashMap<>();
        List<Integer> statuses = ConcurrencyHttpIT.race(50, i -> {
            List<String> lines = orders.get(i);
            Response r = api.post("/api/v1/reservations", order("SO-C-" + wh + "-" + i, line(lines.get(0), wh, 2),
                    line(lines.get(1), wh, 2), line(lines.get(2), wh, 2)));
            if (r.status() == 201) {
                accepted.put(i, r.body().path("reservationId").asText());
            }
            return r;
        });
        assertThat(statuses).containsOnly(201, 409);
        assertThat(accepted).isNotEmpty().hasSizeLessThan(50);
        Map<String, Long> expected = new HashMap<>();
        accepted.keySet().forEach(i -> orders.get(i).forEach(sku -> expected.merge(sku, 2L, Long::sum)));
        for (String sku : skus) {
            JsonNode level = api.receive(sku, wh, 1);
            assertThat(level.path("reserved").asLong()).as(sku).isEqualTo(expected.getOrDefault(sku, 0L));
            assertThat(level.path("reserved").asLong()).isLessThanOrEqualTo(level.path("onHand").asLong());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/v1/reservations?warehouse=" + wh + "&status=RESERVED&size=500").body()
                        .path("total").asLong()).isEqualTo(accepted.size()));
    }

    private Response keyed(String key, String body) {
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reservations"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String order(String orderId, String... lines) {
        return "{\"orderId\":\"" + orderId + "\",\"ttlSeconds\":0,\"lines\":[" + String.join(",", lines) + "]}";
    }

    static String line(String sku, String wh, long quantity) {
        return "{\"sku\":\"" + sku + "\"" + (wh == null ? "" : ",\"warehouse\":\"" + wh + "\"")
                + ",\"quantity\":" + quantity + "}";
    }
}
