package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /api/v1/stream}: live events, filters, resumption with {@code Last-Event-ID}, security. */
class StreamHttpIT extends ServiceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A parsed Server-Sent Event. */
    record Sse(String id, String name, JsonNode data) {
    }

    /** An open stream, read on a thread of its own. */
    final class Stream_ implements AutoCloseable {
        final BlockingQueue<Sse> events = new LinkedBlockingQueue<>();
        final Stream<String> lines;
        final Thread reader;

        Stream_(HttpResponse<Stream<String>> response) {
            this.lines = response.body();
            this.reader = new Thread(() -> {
                String id = null;
                String name = null;
                StringBuilder data = new StringBuilder();
                try {
                    for (String line : (Iterable<String>) lines::iterator) {
                        if (line.isEmpty()) {
                            if (name != null) {
                                events.add(new Sse(id, name, JSON.readTree(data.toString())));
                            }
                            id = null;
                            name = null;
                            data.setLength(0);
                        } else if (line.startsWith("id:")) {
                            id = line.substring(3).trim();
                        } else if (line.startsWith("event:")) {
                            name = line.substring(6).trim();
                        } else if (line.startsWith("data:")) {
                            data.append(line.substring(5).trim());
                        }
                    }
                } catch (Exception e) {
                    // closed
                }
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** @return the next event named {@code name}, skipping others; fails after the timeout */
        Sse next(String name, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (true) {
                Sse e = events.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(e).as("an event " + name + " within " + timeout).isNotNull();
                if (e.name().equals(name)) {
                    return e;
                }
            }
        }

        @Override
        public void close() {
            lines.close();
            reader.interrupt();
        }
    }

    private HttpResponse<Stream<String>> connect(String query, String lastEventId, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/stream"
                + query)).header("Accept", "text/event-stream").GET();
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    }

    private Stream_ open(String query, String lastEventId) throws Exception {
        HttpResponse<Stream<String>> response = connect(query, lastEventId, ADMIN_KEY);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        return new Stream_(response);
    }

    @Test
    void aReceiptShowsUpAsAStockLevelEvent() throws Exception {
        String sku = newSku();
        String wh = newWarehouse();
        api.warehouse(wh);
        try (Stream_ stream = open("?sku=" + sku, null)) {
            api.receive(sku, wh, 7);
            Sse e = stream.next("stock-level", Duration.ofSeconds(10));
            assertThat(e.id()).matches("\\d+");
            assertThat(e.data().path("sku").asText()).isEqualTo(sku);
            assertThat(e.data().path("warehouse").asText()).isEqualTo(wh);
            assertThat(e.data().path("onHand").asLong()).isEqualTo(7);
            assertThat(e.data().path("available").asLong()).isEqualTo(7);
            assertThat(e.data().path("eventType").asText()).isEqualTo("StockReceived");
            assertThat(e.data().path("version").asLong()).isEqualTo(0);
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsExactlyTheMissedEvents() throws Exception {
        String sku = newSku();
        String wh = newWarehouse();
        api.warehouse(wh);
        String lastId;
        try (Stream_ stream = open("?sku=" + sku + "&warehouse=" + wh, null)) {
            api.receive(sku, wh, 5);
            Sse first = stream.next("stock-level", Duration.ofSeconds(10));
            assertThat(first.data().path("onHand").asLong()).isEqualTo(5);
            lastId = first.id();
        }
        api.receive(sku, wh, 3);
        api.receive(sku, wh, 2);
        try (Stream_ stream = open("?sku=" + sku, lastId)) {
            Sse a = stream.next("stock-level", Duration.ofSeconds(10));
            Sse b = stream.next("stock-level", Duration.ofSeconds(10));
            assertThat(a.data().path("onHand").asLong()).isEqualTo(8);
            assertThat(b.data().path("onHand").asLong()).isEqualTo(10);
            assertThat(Long.parseLong(a.id())).isGreaterThan(Long.parseLong(lastId));
            assertThat(Long.parseLong(b.id())).isGreaterThan(Long.parseLong(a.id()));
            // then live, without repeating the replayed ones
            api.receive(sku, wh, 1);
            Sse c = stream.next("stock-level", Duration.ofSeconds(10));
            assertThat(c.data().path("onHand").asLong()).isEqualTo(11);
            Thread.sleep(500);
            List<Sse> more = new ArrayList<>();
            stream.events.drainTo(more);
            assertThat(more).as("no duplicates").noneMatch(e -> e.name().equals("stock-level"));
        }
    }

    @Test
    void aReservationProducesAReservationEvent() throws Exception {
        String sku = newSku();
        String wh = newWarehouse();
        api.warehouse(wh);
        api.receive(sku, wh, 10);
        try (Stream_ stream = open("?sku=" + sku, null)) {
            ApiClient.Response placed = api.post("/api/v1/reservations", "{\"orderId\":\"SO-S-" + sku
                    + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":4,\"warehouse\":\"" + wh + "\"}]}");
            assertThat(placed.status()).isEqualTo(201);
            Sse e = stream.next("reservation", Duration.ofSeconds(10));
            assertThat(e.data().path("reservationId").asText()).isEqualTo(placed.body().path("reservationId").asText());
            assertThat(e.data().path("orderId").asText()).isEqualTo("SO-S-" + sku);
            assertThat(e.data().path("status").asText()).isEqualTo("RESERVED");
            assertThat(e.data().path("occurredAt").asText()).isNotEmpty();
        }
    }

    @Test
    void alertsAreEventsWithIdsAndAReconnectGetsTheMissedOnesInOrder() throws Exception {
        String sku = newSku();
        String wh = newWarehouse();
        api.warehouse(wh);
        api.receive(sku, wh, 30);
        assertThat(api.put("/api/v1/stock/" + sku + "/" + wh + "/policy", "{\"reorderPoint\":10,"
                + "\"reorderQuantity\":40,\"safetyStock\":2,\"leadTimeDays\":3}").status()).isEqualTo(200);
        String lastId;
        String lowId;
        try (Stream_ stream = open("?sku=" + sku, null)) {
            api.post("/api/v1/stock/damages", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                    + "\",\"quantity\":22,\"reason\":\"flood\"}");
            Sse low = stream.next("alert", Duration.ofSeconds(20));
            assertThat(low.id()).matches("\\d+");
            assertThat(low.data().path("type").asText()).isEqualTo("LOW_STOCK");
            assertThat(low.data().path("status").asText()).isEqualTo("OPEN");
            assertThat(low.data().path("available").asLong()).isEqualTo(8);
            assertThat(low.data().path("threshold").asLong()).isEqualTo(10);
            assertThat(low.data().path("suggestedOrderQuantity").asLong()).isEqualTo(42); // 10 + 40 - 8
            lowId = low.data().path("id").asText();
            lastId = low.id();
        }
        // While disconnected: acknowledged, then out of stock (LOW resolved, OUT raised).
        assertThat(api.post("/api/v1/alerts/" + lowId + "/acknowledge", null).status()).isEqualTo(200);
        api.post("/api/v1/stock/damages", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":8,\"reason\":\"flood\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/alerts?sku=" + sku
                + "&type=OUT_OF_STOCK").body().path("total").asLong() == 1);
        try (Stream_ stream = open("?sku=" + sku, lastId)) {
            Sse acknowledged = stream.next("alert", Duration.ofSeconds(10));
            Sse resolved = stream.next("alert", Duration.ofSeconds(10));
            Sse out = stream.next("alert", Duration.ofSeconds(10));
            assertThat(List.of(acknowledged, resolved, out)).extracting(e -> e.data().path("status").asText())
                    .containsExactly("ACKNOWLEDGED", "RESOLVED", "OPEN");
            assertThat(acknowledged.data().path("id").asText()).isEqualTo(lowId);
            assertThat(resolved.data().path("id").asText()).isEqualTo(lowId);
            assertThat(out.data().path("type").asText()).isEqualTo("OUT_OF_STOCK");
            assertThat(Long.parseLong(acknowledged.id())).isGreaterThan(Long.parseLong(lastId));
            assertThat(Long.parseLong(resolved.id())).isGreaterThan(Long.parseLong(acknowledged.id()));
            assertThat(Long.parseLong(out.id())).isGreaterThan(Long.parseLong(resolved.id()));
        }
    }

    @Test
    void withoutCredentialsItIsUnauthorized() throws Exception {
        HttpResponse<Stream<String>> response = connect("", null, null);
        response.body().close();
        assertThat(response.statusCode()).isEqualTo(401);
    }
}
