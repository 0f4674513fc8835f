package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockledger.inventory.api.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alerts through HTTP: raised from stock changes (projections lag, so reads are awaited), acknowledged by a
 * person, resolved by a receipt, rebuilt from the events with the same ids, statuses and times.
 */
class AlertsHttpIT extends ServiceIT {

    private static final Duration LAG = Duration.ofSeconds(30);

    private String alerts(String sku, String wh) {
        return "/api/v1/alerts?sku=" + sku + "&warehouse=" + wh;
    }

    private JsonNode alert(String sku, String wh, String type, String status) {
        for (JsonNode a : api.get(alerts(sku, wh) + "&type=" + type + "&status=" + status).body().path("items")) {
            return a;
        }
        return null;
    }

    private void policy(String sku, String wh, String json) {
        assertThat(api.put("/api/v1/stock/" + sku + "/" + wh + "/policy", json).status()).isEqualTo(200);
    }

    @Test
    void lowThenOutThenAcknowledgedThenResolvedByAReceiptAndRebuiltTheSame() {
        String wh = newWarehouse(), sku = newSku();
        api.warehouse(wh);
        api.receive(sku, wh, 100);
        policy(sku, wh, "{\"reorderPoint\":20,\"reorderQuantity\":50,\"safetyStock\":5,\"maxStock\":500,"
                + "\"leadTimeDays\":3}");
        await().atMost(LAG).untilAsserted(() -> assertThat(api.get(alerts(sku, wh)).body().path("total").asLong())
                .as("100 available, above the reorder point").isZero());

        Response damaged = api.post("/api/v1/stock/damages", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":85,\"reason\":\"flood\"}");
        assertThat(damaged.body().path("available").asLong()).isEqualTo(15);
        AtomicReference<JsonNode> low = new AtomicReference<>();
        await().atMost(LAG).untilAsserted(() -> {
            JsonNode a = alert(sku, wh, "LOW_STOCK", "OPEN");
            assertThat(a).isNotNull();
            low.set(a);
        });
        assertThat(low.get().path("available").asLong()).isEqualTo(15);
        assertThat(low.get().path("threshold").asLong()).isEqualTo(20);
        assertThat(low.get().path("suggestedOrderQuantity").asLong()).isEqualTo(55); // max(50, 20 + 50 - 15)
        assertThat(low.get().path("raisedAt").asText()).isNotBlank();
        assertThat(low.get().path("resolvedAt").isNull()).isTrue();

        Response reserved = api.post("/api/v1/reservations", "{\"orderId\":\"SO-AL-" + sku + "\",\"lines\":[{\"sku\":\""
                + sku + "\",\"warehouse\":\"" + wh + "\",\"quantity\":15}]}");
        assertThat(reserved.status()).isEqualTo(201);
        AtomicReference<JsonNode> out = new AtomicReference<>();
        await().atMost(LAG).untilAsserted(() -> {
            JsonNode a = alert(sku, wh, "OUT_OF_STOCK", "OPEN");
            assertThat(a).isNotNull();
            out.set(a);
            JsonNode resolvedLow = alert(sku, wh, "LOW_STOCK", "RESOLVED");
            assertThat(resolvedLow).isNotNull();
            assertThat(resolvedLow.path("id").asText()).isEqualTo(low.get().path("id").asText());
            assertThat(resolvedLow.path("resolvedAt").asText()).isNotBlank();
        });
        assertThat(out.get().path("available").asLong()).isZero();
        assertThat(out.get().path("suggestedOrderQuantity").asLong()).isEqualTo(70);
        assertThat(api.get(alerts(sku, wh) + "&status=OPEN").body().path("total").asLong())
                .as("one unresolved alert per type").isEqualTo(1);

        String outId = out.get().path("id").asText();
        Response acknowledged = api.post("/api/v1/alerts/" + outId + "/acknowledge", null);
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.body().path("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.body().path("id").asText()).isEqualTo(outId);
        String acknowledgedAt = acknowledged.body().path("acknowledgedAt").asText();
        assertThat(acknowledgedAt).isNotBlank();
        Response again = api.post("/api/v1/alerts/" + outId + "/acknowledge", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("acknowledgedAt").asText()).as("the first acknowledgement counts")
                .isEqualTo(acknowledgedAt);
        await().atMost(LAG).untilAsserted(() -> {
            JsonNode shown = api.get("/api/v1/alerts/" + outId).body();
            assertThat(shown.path("status").asText()).isEqualTo("ACKNOWLEDGED");
            assertThat(shown.path("acknowledgedAt").asText()).isEqualTo(acknowledgedAt);
        });

        api.receive(sku, wh, 100);
        await().atMost(LAG).untilAsserted(() -> {
            JsonNode shown = api.get("/api/v1/alerts/" + outId).body();
            assertThat(shown.path("status").asText()).isEqualTo("RESOLVED");
            assertThat(shown.path("resolvedAt").asText()).isNotBlank();
            assertThat(shown.path("acknowledgedAt").asText()).isEqualTo(acknowledgedAt);
        });
        assertThat(api.get(alerts(sku, wh) + "&status=OPEN").body().path("total").asLong()).isZero();
        Response late = api.post("/api/v1/alerts/" + outId + "/acknowledge", null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problemType()).isEqualTo("/problems/alert-not-open");

        JsonNode before = api.get(alerts(sku, wh)).body();
        assertThat(before.path("total").asLong()).isEqualTo(2);
        List<JsonNode> recorded = alertEvents(sku);
        assertThat(recorded).extracting(e -> e.path("type").asText() + " " + e.path("payload").path("type").asText())
                .as("every transition is an event of its alert, in order").containsExactly(
                        "AlertRaised LOW_STOCK", "AlertResolved LOW_STOCK", "AlertRaised OUT_OF_STOCK",
                        "AlertAcknowledged OUT_OF_STOCK", "AlertResolved OUT_OF_STOCK");
        assertThat(recorded.get(0).path("actor").asText()).isEqualTo("system:alerts");
        assertThat(recorded.get(0).path("correlationId").asText()).as("traced to the request").isNotBlank();
        assertThat(recorded.get(3).path("actor").asText()).startsWith("api-key:");
        Response rebuild = api.post("/api/v1/admin/projections/alerts/rebuild", null);
        assertThat(rebuild.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (JsonNode p : api.get("/api/v1/admin/projections").body()) {
                if (p.path("name").asText().equals("alerts")) {
                    assertThat(p.path("rebuilding").asBoolean()).isFalse();
                    assertThat(p.path("lag").asLong()).isZero();
                }
            }
            assertThat(api.get(alerts(sku, wh)).body()).isEqualTo(before);
        });
        assertThat(alertEvents(sku)).as("a rebuild records nothing again").hasSize(5);
    }

    /** The alert events of the SKU's alerts, from the audit export, in order. */
    private List<JsonNode> alertEvents(String sku) {
        List<JsonNode> events = new ArrayList<>();
        for (String type : List.of("AlertRaised", "AlertAcknowledged", "AlertResolved")) {
            ApiClient.Text export = api.text("/api/v1/audit/events/export?type=" + type);
            assertThat(export.status()).isEqualTo(200);
            for (String line : export.body().split("\n")) {
                if (!line.isBlank()) {
                    JsonNode e = readJson(line);
                    if (e.path("payload").path("sku").asText().equals(sku)) {
                        events.add(e);
                    }
                }
            }
        }
        events.sort(java.util.Comparator.comparingLong(e -> e.path("globalSequence").asLong()));
        return events;
    }

    private static JsonNode readJson(String line) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void overstockIsRaisedAboveMaxStockAndResolvedByRemovingStockBackToIt() {
        String wh = newWarehouse(), sku = newSku();
        api.warehouse(wh);
        policy(sku, wh, "{\"reorderPoint\":10,\"reorderQuantity\":40,\"safetyStock\":0,\"maxStock\":100,"
                + "\"leadTimeDays\":1}");
        api.receive(sku, wh, 100);
        api.receive(sku, wh, 30);
        AtomicReference<JsonNode> over = new AtomicReference<>();
        await().atMost(LAG).untilAsserted(() -> {
            JsonNode a = alert(sku, wh, "OVERSTOCK", "OPEN");
            assertThat(a).isNotNull();
            over.set(a);
        });
        assertThat(over.get().path("threshold").asLong()).isEqualTo(100);
        assertThat(over.get().path("available").asLong()).isEqualTo(130);
        assertThat(over.get().path("suggestedOrderQuantity").asLong()).isZero();

        api.post("/api/v1/stock/adjustments", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"delta\":-30,\"reason\":\"returned to supplier\"}");
        await().atMost(LAG).untilAsserted(() -> assertThat(api.get("/api/v1/alerts/" + over.get().path("id").asText())
                .body().path("status").asText()).isEqualTo("RESOLVED"));
        // The policy set before any stock raised OUT_OF_STOCK; the first receipt resolved it.
        JsonNode all = api.get(alerts(sku, wh)).body();
        assertThat(all.path("total").asLong()).isEqualTo(2);
        assertThat(api.get(alerts(sku, wh) + "&type=OUT_OF_STOCK&status=RESOLVED").body().path("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void aStockItemWithoutPolicyOrStockRaisesNothing() {
        String from = newWarehouse(), to = newWarehouse(), sku = newSku();
        api.warehouse(from);
        api.warehouse(to);
        api.post("/api/v1/stock/returns", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + to
                + "\",\"quantity\":2,\"condition\":\"DAMAGED\"}");
        api.receive(sku, from, 5);
        api.post("/api/v1/stock/damages", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + from
                + "\",\"quantity\":5,\"reason\":\"crushed\"}");
        await().atMost(LAG).untilAsserted(() -> assertThat(alert(sku, from, "OUT_OF_STOCK", "OPEN")).as(
                "stock once, now none").isNotNull());
        assertThat(api.get(alerts(sku, to)).body().path("total").asLong()).as("never had stock, no policy").isZero();
        assertThat(alert(sku, from, "OUT_OF_STOCK", "OPEN").path("suggestedOrderQuantity").isNull())
                .as("no policy, no suggestion").isTrue();
    }

    @Test
    void unknownAlertsAndBadFiltersAreProblems() {
        Response unknown = api.post("/api/v1/alerts/6f1c2a3e-0b4d-3c5e-8f90-1a2b3c4d5e6f/acknowledge", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("/problems/not-found");
        assertThat(api.post("/api/v1/alerts/not-an-id/acknowledge", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/alerts/not-an-id").problemType()).isEqualTo("/problems/not-found");
        for (String filter : new String[]{"status=CLOSED", "type=LOW", "warehouse=dc-1", "sku=a%20b", "size=501",
                "page=-1"}) {
            Response r = api.get("/api/v1/alerts?" + filter);
            assertThat(r.status()).as(filter).isEqualTo(400);
            assertThat(r.problemType()).as(filter).isEqualTo("/problems/invalid-request");
        }
        JsonNode page = api.get("/api/v1/alerts?status=OPEN&type=LOW_STOCK&page=0&size=5").body();
        assertThat(page.path("size").asInt()).isEqualTo(5);
        assertThat(page.has("items") && page.has("total") && page.has("page")).isTrue();
    }
}
