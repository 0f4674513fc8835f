package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockledger.inventory.api.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * For auditors through HTTP: the raw events with actor and correlation id, paged and as NDJSON; stock as
 * of past instants from the events; projection rebuilds; reconciliation finding a planted difference.
 */
class AuditHttpIT extends ServiceIT {

    private static final Instant T1 = Instant.parse("2025-01-10T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-01-11T09:00:00Z");
    private static final Instant T3 = Instant.parse("2025-01-12T09:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eventsCarryActorCorrelationAndBusinessTimeAndPageByGlobalSequence() throws Exception {
        String wh = newWarehouse(), sku = newSku();
        api.warehouse(wh);
        Response receipt = api.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/stock/receipts"))
                .header("Content-Type", "application/json").header("X-Correlation-Id", "audit-corr-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                        + "\",\"quantity\":12,\"reference\":\"PO-9\",\"occurredAt\":\"" + T1 + "\"}")));
        assertThat(receipt.status()).isEqualTo(200);
        Response placed = api.post("/api/v1/reservations", "{\"orderId\":\"SO-A-" + sku + "\",\"lines\":[{\"sku\":\""
                + sku + "\",\"warehouse\":\"" + wh + "\",\"quantity\":5}]}");
        assertThat(placed.status()).isEqualTo(201);
        api.post("/api/v1/stock/damages", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":1,\"reason\":\"dropped\"}");

        List<JsonNode> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            events.clear();
            api.get("/api/v1/audit/events?sku=" + sku).body().forEach(events::add);
            assertThat(events).hasSize(3);
        });
        JsonNode received = events.get(0);
        assertThat(received.path("type").asText()).isEqualTo("StockReceived");
        assertThat(received.path("aggregateId").asText()).isEqualTo(sku + "@" + wh);
        assertThat(received.path("aggregateType").asText()).isEqualTo("StockItem");
        assertThat(received.path("sequence").asLong()).isZero();
        assertThat(received.path("correlationId").asText()).isEqualTo("audit-corr-1");
        assertThat(received.path("actor").asText()).isNotBlank();
        assertThat(received.path("occurredAt").asText()).isEqualTo(T1.toString());
        assertThat(Instant.parse(received.path("recordedAt").asText())).isAfter(T1);
        assertThat(received.path("payload").path("quantity").asLong()).isEqualTo(12);
        assertThat(received.path("payload").path("reference").asText()).isEqualTo("PO-9");
        assertThat(events.get(1).path("type").asText()).isEqualTo("StockReserved");
        assertThat(events.get(2).path("type").asText()).isEqualTo("StockDamaged");
        assertThat(events).extracting(e -> e.path("globalSequence").asLong()).isSorted();

        // The reservation's own event shares the correlation id of its stock item's hold.
        String reservationId = placed.body().path("reservationId").asText();
        String holdCorrelation = events.get(1).path("correlationId").asText();
        JsonNode all = api.get("/api/v1/audit/events?type=ReservationPlaced&after="
                + (events.get(0).path("globalSequence").asLong()) + "&limit=1000").body();
        JsonNode reservationEvent = null;
        for (JsonNode e : all) {
            if (e.path("aggregateId").asText().equals(reservationId)) {
                reservationEvent = e;
            }
        }
        assertThat(reservationEvent).isNotNull();
        assertThat(reservationEvent.path("correlationId").asText()).isEqualTo(holdCorrelation).isNotBlank();

        // Paging: one at a time with the cursor gives the same events.
        List<Long> paged = new ArrayList<>();
        long after = 0;
        for (int i = 0; i < 5; i++) {
            Response page = api.get("/api/v1/audit/events?sku=" + sku + "&warehouse=" + wh + "&limit=1&after=" + after);
            if (page.body().isEmpty()) {
                break;
            }
            after = page.body().get(0).path("globalSequence").asLong();
            paged.add(after);
        }
        assertThat(paged).containsExactlyElementsOf(events.stream().map(e -> e.path("globalSequence").asLong()).toList());
        assertThat(api.get("/api/v1/audit/events?sku=" + sku + "&type=StockDamaged").body()).hasSize(1);
        assertThat(api.get("/api/v1/audit/events?sku=" + sku + "&from=" + T1.plusSeconds(1)).body())
                .as("business time filter").hasSize(2);
        assertThat(api.get("/api/v1/audit/events?limit=0").status()).isEqualTo(400);

        HttpResponse<String> ndjson = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base() + "/api/v1/audit/events?sku=" + sku)).header("Accept", "application/x-ndjson").header("X-Api-Key", ADMIN_KEY).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ndjson.statusCode()).isEqualTo(200);
        String[] lines = ndjson.body().split("\n");
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.length; i++) {
            assertThat(json.readTree(lines[i]).path("globalSequence").asLong())
                    .isEqualTo(events.get(i).path("globalSequence").asLong());
        }
    }

    @Test
    void asOfIsComputedFromTheEventsBeforeBetweenAndAfterChanges() {
        String wh = newWarehouse(), other = newWarehouse(), sku = newSku();
        api.warehouse(wh);
        api.warehouse(other);
        change("receipts", sku, wh, "\"quantity\":40", T1);
        change("receipts", sku, other, "\"quantity\":7", T1);
        change("damages", sku, wh, "\"quantity\":3,\"reason\":\"wet\"", T2);
        change("adjustments", sku, wh, "\"delta\":-10,\"reason\":\"theft\"", T3);

        Response before = api.get("/api/v1/stock/" + sku + "/" + wh + "/as-of?at=" + T1.minusSeconds(60));
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body().path("onHand").asLong()).isZero();
        JsonNode between = api.get("/api/v1/stock/" + sku + "/" + wh + "/as-of?at=" + T2.plusSeconds(60)).body();
        assertThat(between.path("onHand").asLong()).isEqualTo(37);
        assertThat(between.path("damaged").asLong()).isEqualTo(3);
        assertThat(between.path("version").asLong()).isEqualTo(1);
        JsonNode after = api.get("/api/v1/stock/" + sku + "/" + wh + "/as-of?at=" + T3).body();
        assertThat(after.path("onHand").asLong()).isEqualTo(27);
        assertThat(after.path("available").asLong()).isEqualTo(27);

        JsonNode total = api.get("/api/v1/stock/" + sku + "/as-of?at=" + T2).body();
        assertThat(total.path("total").path("onHand").asLong()).isEqualTo(37 + 7);
        assertThat(total.path("warehouses")).hasSize(2);

        assertThat(api.get("/api/v1/stock/" + sku + "/" + wh + "/as-of").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/stock/" + sku + "/" + wh + "/as-of?at=yesterday").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/stock/" + newSku() + "/" + wh + "/as-of?at=" + T3).problemType())
                .isEqualTo("/problems/unknown-sku");
    }

    @Test
    void rebuildEndsWithEqualProjectionsAndReconciliationFindsAPlantedDifference() {
        String from = newWarehouse(), to = newWarehouse(), sku = newSku();
        api.warehouse(from);
        api.warehouse(to);
        api.receive(sku, from, 50);
        String transfer = api.post("/api/v1/transfers", "{\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":8}]}").body().path("transferId").asText();
        api.post("/api/v1/transfers/" + transfer + "/dispatch", null);
        String reservation = api.post("/api/v1/reservations", "{\"orderId\":\"SO-RB-" + sku + "\",\"lines\":[{\"sku\":\""
                + sku + "\",\"quantity\":2}]}").body().path("reservationId").asText();
        List<String> reads = List.of("/api/v1/stock/" + sku, "/api/v1/stock/" + sku + "/movements",
                "/api/v1/transfers/" + transfer, "/api/v1/reservations/" + reservation);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(api.get("/api/v1/transfers/" + transfer).body().path("status").asText()).isEqualTo("IN_TRANSIT");
            assertThat(api.get("/api/v1/reservations/" + reservation).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/stock/" + sku + "/" + from).body().path("reserved").asLong()).isEqualTo(2);
            assertThat(api.get("/api/v1/stock/" + sku + "/movements").body().path("total").asLong()).isEqualTo(2);
        });
        List<JsonNode> before = reads.stream().map(path -> api.get(path).body()).toList();

        Response rebuild = api.post("/api/v1/admin/projections/all/rebuild", null);
        assertThat(rebuild.status()).isEqualTo(202);
        assertThat(rebuild.body().path("rebuilding")).extracting(JsonNode::asText)
                .contains("stock-levels", "movements", "reservations", "transfers");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (JsonNode p : api.get("/api/v1/admin/projections").body()) {
                assertThat(p.path("rebuilding").asBoolean()).as(p.toString()).isFalse();
                assertThat(p.path("lag").asLong()).as(p.toString()).isZero();
            }
            assertThat(reads.stream().map(path -> api.get(path).body()).toList()).isEqualTo(before);
        });
        assertThat(api.post("/api/v1/admin/projections/nope/rebuild", null).status()).isEqualTo(400);

        JsonNode clean = api.post("/api/v1/admin/reconciliation", null).body();
        assertThat(clean.path("differences")).as(clean.toString()).isEmpty();
        assertThat(clean.path("stockItems").asLong()).isGreaterThanOrEqualTo(2);

        jdbc.update("UPDATE stock_level SET on_hand = on_hand + 5 WHERE sku = ? AND warehouse = ?", sku, from);
        try {
            JsonNode report = api.post("/api/v1/admin/reconciliation", null).body();
            assertThat(report.path("differences")).hasSize(1);
            JsonNode d = report.path("differences").get(0);
            assertThat(d.path("subject").asText()).isEqualTo("stock_level");
            assertThat(d.path("key").asText()).isEqualTo(sku + "@" + from);
            assertThat(d.path("field").asText()).isEqualTo("onHand");
            assertThat(d.path("expected").asText()).isEqualTo("42");
            assertThat(d.path("actual").asText()).isEqualTo("47");
        } finally {
            jdbc.update("UPDATE stock_level SET on_hand = on_hand - 5 WHERE sku = ? AND warehouse = ?", sku, from);
        }
    }

    private void change(String kind, String sku, String warehouse, String fields, Instant at) {
        Response r = api.post("/api/v1/stock/" + kind, "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + warehouse + "\","
                + fields + ",\"occurredAt\":\"" + at + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
