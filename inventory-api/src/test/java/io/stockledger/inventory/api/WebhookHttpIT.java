package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.stockledger.inventory.api.webhook.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Webhooks end to end: a local receiver subscribes, gets signed deliveries in order, and retries. */
class WebhookHttpIT extends ServiceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A received POST. */
    record Received(String path, String event, String delivery, String signature, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("X-Stockledger-Event"),
                    exchange.getRequestHeaders().getFirst("X-Stockledger-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Stockledger-Signature"), body));
            int status = exchange.getRequestURI().getPath().startsWith("/flaky")
                    && failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private List<Received> receivedFor(String path, String sku) {
        return received.stream().filter(r -> r.path().equals(path))
                .filter(r -> sku.equals(r.json().path("data").path("sku").asText())).toList();
    }

    @Test
    void deliversSignedStockLevelChangesInOrder() {
        String sku = newSku();
        String wh = newWarehouse();
        api.warehouse(wh);
        ApiClient.Response created = api.post("/api/v1/webhooks", "{\"url\":\"" + url("/ordered")
                + "\",\"events\":[\"stock-level\"]}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("id").asText();
        String secret = created.body().path("secret").asText();
        assertThat(secret).isNotBlank();
        assertThat(created.body().path("events").get(0).asText()).isEqualTo("stock-level");

        api.receive(sku, wh, 5);
        api.receive(sku, wh, 7);

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedFor("/ordered", sku).size() >= 2);
        List<Received> deliveries = receivedFor("/ordered", sku);
        assertThat(deliveries).hasSize(2);
        for (Received r : deliveries) {
            assertThat(r.signature()).isEqualTo(WebhookSignature.sign(secret, r.body()));
            assertThat(r.event()).isEqualTo("stock-level");
            assertThat(r.delivery()).isNotBlank();
            assertThat(r.json().path("type").asText()).isEqualTo("stock-level");
        }
        JsonNode first = deliveries.get(0).json();
        JsonNode second = deliveries.get(1).json();
        assertThat(first.path("id").asLong()).isLessThan(second.path("id").asLong());
        assertThat(first.path("data").path("onHand").asLong()).isEqualTo(5);
        assertThat(first.path("data").path("eventType").asText()).isEqualTo("StockReceived");
        assertThat(second.path("data").path("onHand").asLong()).isEqualTo(12);
        assertThat(second.path("data").path("available").asLong()).isEqualTo(12);
        assertThat(second.path("data").path("warehouse").asText()).isEqualTo(wh);
        assertThat(second.path("data").path("version").asLong())
                .isGreaterThan(first.path("data").path("version").asLong());

        // Shown, listed and deleted without the secret.
        ApiClient.Response shown = api.get("/api/v1/webhooks/" + id);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().has("secret")).isFalse();
        assertThat(shown.body().path("url").asText()).isEqualTo(url("/ordered"));
        assertThat(api.get("/api/v1/webhooks").body().findValuesAsText("id")).contains(id);
        assertThat(api.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/webhooks/" + id)).DELETE()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/webhooks/" + id).status()).isEqualTo(404);
    }

    @Test
    void retriesAfterAFailedDeliveryAndKeepsTheOrder() {
        String sku = newSku();
        String wh = newWarehouse();
        api.warehouse(wh);
        failuresLeft.set(1);
        ApiClient.Response created = api.post("/api/v1/webhooks", "{\"url\":\"" + url("/flaky")
                + "\",\"events\":[\"stock-level\"],\"secret\":\"my-own-secret-0123456789\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("secret").asText()).isEqualTo("my-own-secret-0123456789");

        api.receive(sku, wh, 3);
        api.receive(sku, wh, 4);

        // First attempt answered 500, retried after the backoff; the second receipt waits for the first.
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedFor("/flaky", sku).size() >= 3);
        List<Received> attempts = receivedFor("/flaky", sku);
        assertThat(attempts).extracting(r -> r.json().path("data").path("onHand").asLong())
                .containsExactly(3L, 3L, 7L);
        assertThat(attempts.get(0).delivery()).isEqualTo(attempts.get(1).delivery());
        assertThat(attempts.get(0).body()).isEqualTo(attempts.get(1).body());
        for (Received r : attempts) {
            assertThat(WebhookSignature.verify("my-own-secret-0123456789", r.body(), r.signature())).isTrue();
        }
        api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/v1/webhooks/" + created.body().path("id").asText())).DELETE());
    }

    @Test
    void deliversAlertsRaisedAcknowledgedAndResolvedInOrder() {
        String sku = newSku();
        String wh = newWarehouse();
        api.warehouse(wh);
        ApiClient.Response created = api.post("/api/v1/webhooks", "{\"url\":\"" + url("/alerts")
                + "\",\"events\":[\"alert\"]}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.body().path("secret").asText();

        api.receive(sku, wh, 4);
        assertThat(api.put("/api/v1/stock/" + sku + "/" + wh + "/policy", "{\"reorderPoint\":5,"
                + "\"reorderQuantity\":20,\"safetyStock\":1,\"leadTimeDays\":2}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedFor("/alerts", sku).size() >= 1);
        String alertId = receivedFor("/alerts", sku).get(0).json().path("data").path("id").asText();
        assertThat(api.post("/api/v1/alerts/" + alertId + "/acknowledge", null).status()).isEqualTo(200);
        api.receive(sku, wh, 10);

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedFor("/alerts", sku).size() >= 3);
        List<Received> deliveries = receivedFor("/alerts", sku);
        assertThat(deliveries).hasSize(3);
        assertThat(deliveries).extracting(r -> r.json().path("data").path("status").asText())
                .containsExactly("OPEN", "ACKNOWLEDGED", "RESOLVED");
        assertThat(deliveries).extracting(r -> r.json().path("data").path("id").asText()).containsOnly(alertId);
        assertThat(deliveries.get(0).json().path("data").path("type").asText()).isEqualTo("LOW_STOCK");
        assertThat(deliveries.get(0).json().path("data").path("available").asLong()).isEqualTo(4);
        for (Received r : deliveries) {
            assertThat(r.event()).isEqualTo("alert");
            assertThat(WebhookSignature.verify(secret, r.body(), r.signature())).isTrue();
        }
        api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/v1/webhooks/" + created.body().path("id").asText())).DELETE());
    }

    @Test
    void refusesBadSubscriptions() {
        ApiClient.Response badUrl = api.post("/api/v1/webhooks", "{\"url\":\"ftp://example.com/x\","
                + "\"events\":[\"stock-level\"]}");
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.problemType()).isEqualTo("/problems/invalid-request");
        assertThat(badUrl.body().path("errors").get(0).path("field").asText()).isEqualTo("url");

        ApiClient.Response badEvent = api.post("/api/v1/webhooks", "{\"url\":\"" + url("/x")
                + "\",\"events\":[\"everything\"]}");
        assertThat(badEvent.status()).isEqualTo(400);
        assertThat(badEvent.body().path("errors").get(0).path("field").asText()).isEqualTo("events");

        assertThat(api.withKey(null).post("/api/v1/webhooks", "{\"url\":\"" + url("/x")
                + "\",\"events\":[\"stock-level\"]}").status()).isEqualTo(401);
    }
}
