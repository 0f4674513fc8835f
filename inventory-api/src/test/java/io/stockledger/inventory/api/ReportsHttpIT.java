package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.stockledger.inventory.api.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reports through HTTP: valuation at weighted average cost, the stock summary, movements by type. */
class ReportsHttpIT extends ServiceIT {

    private static final Duration LAG = Duration.ofSeconds(30);
    /** Reads numbers with a fraction as BigDecimal, keeping their scale (2.5000 stays 2.5000). */
    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Response receipt(String sku, String wh, long quantity, String unitCost, Instant occurredAt) {
        Response r = api.post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":" + quantity + (unitCost == null ? "" : ",\"unitCost\":" + unitCost)
                + (occurredAt == null ? "" : ",\"occurredAt\":\"" + occurredAt + "\"") + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    private static BigDecimal money(JsonNode node) {
        return node.decimalValue();
    }

    /** @return the JSON answer of a GET, money with its scale */
    private JsonNode exact(String path) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("X-Api-Key", ADMIN_KEY).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return EXACT.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void valuationAfterTwoReceiptsAtDifferentCostsIsTheWeightedAverage() {
        String wh = newWarehouse(), sku = newSku(), other = newSku();
        api.warehouse(wh);
        receipt(sku, wh, 100, "2.00", null);
        receipt(sku, wh, 50, "3.50", null);
        receipt(sku, wh, 30, null, null); // no cost: valued at the average, average unchanged
        api.post("/api/v1/stock/damages", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":60,\"reason\":\"water\"}");
        receipt(other, wh, 3, "0.3333", null);

        await().atMost(LAG).untilAsserted(() -> {
            JsonNode report = exact("/api/v1/reports/valuation?warehouse=" + wh);
            assertThat(report.path("items")).hasSize(2);
            JsonNode line = report.path("items").get(0).path("sku").asText().equals(sku)
                    ? report.path("items").get(0) : report.path("items").get(1);
            assertThat(line.path("warehouse").asText()).isEqualTo(wh);
            assertThat(line.path("quantity").asLong()).isEqualTo(120);
            // (100 × 2.00 + 50 × 3.50) / 150 = 2.5; 120 × 2.5 = 300
            assertThat(money(line.path("averageUnitCost"))).isEqualTo(new BigDecimal("2.5000"));
            assertThat(money(line.path("value"))).isEqualTo(new BigDecimal("300.00"));
            assertThat(report.path("totals").path("quantity").asLong()).isEqualTo(123);
            // 300.00 + 3 × 0.3333 = 300.00 + 0.9999 → 1.00
            assertThat(money(report.path("totals").path("value"))).isEqualTo(new BigDecimal("301.00"));
            assertThat(report.path("totals").path("unvaluedQuantity").asLong()).isZero();
        });
    }

    @Test
    void aTransferCarriesTheSourcesAverageCostToTheDestination() {
        String from = newWarehouse(), to = newWarehouse(), sku = newSku();
        api.warehouse(from);
        api.warehouse(to);
        receipt(sku, from, 10, "4.00", null);
        receipt(sku, from, 10, "5.00", null);
        String id = api.post("/api/v1/transfers", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"lines\":[{\"sku\":\""
                + sku + "\",\"quantity\":8}]}").body().path("transferId").asText();
        assertThat(api.post("/api/v1/transfers/" + id + "/dispatch", null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/transfers/" + id + "/receive", "{\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":8}]}").status()).isEqualTo(200);

        await().atMost(LAG).untilAsserted(() -> {
            JsonNode source = exact("/api/v1/reports/valuation?warehouse=" + from).path("items").get(0);
            assertThat(source.path("quantity").asLong()).isEqualTo(12);
            assertThat(money(source.path("value"))).isEqualTo(new BigDecimal("54.00"));
            JsonNode destination = exact("/api/v1/reports/valuation?warehouse=" + to).path("items").get(0);
            assertThat(destination.path("quantity").asLong()).isEqualTo(8);
            assertThat(money(destination.path("averageUnitCost"))).isEqualTo(new BigDecimal("4.5000"));
            assertThat(money(destination.path("value"))).isEqualTo(new BigDecimal("36.00"));
        });
    }

    @Test
    void summaryCountsNewStockItemsUnitsValueAndAlerts() {
        JsonNode before = quiet();
        String wh = newWarehouse(), a = newSku(), b = newSku();
        api.warehouse(wh);
        receipt(a, wh, 1000, "1.25", null);
        receipt(b, wh, 10, "10", null);
        api.post("/api/v1/reservations", "{\"orderId\":\"SO-RS-" + a + "\",\"lines\":[{\"sku\":\"" + a
                + "\",\"warehouse\":\"" + wh + "\",\"quantity\":100}]}");
        api.put("/api/v1/stock/" + b + "/" + wh + "/policy", "{\"reorderPoint\":20,\"reorderQuantity\":50,"
                + "\"safetyStock\":5,\"leadTimeDays\":3}");

        await().atMost(LAG).untilAsserted(() -> {
            JsonNode now = exact("/api/v1/reports/summary");
            assertThat(delta(now, before, "skus")).as(before + " -> " + now).isEqualTo(2);
            assertThat(delta(now, before, "stockItems")).isEqualTo(2);
            assertThat(delta(now, before, "totalOnHand")).isEqualTo(1010);
            assertThat(delta(now, before, "totalReserved")).isEqualTo(100);
            assertThat(delta(now, before, "totalAvailable")).isEqualTo(910);
            assertThat(money(now.path("stockValue")).subtract(money(before.path("stockValue"))))
                    .isEqualByComparingTo("1350.00");
            assertThat(money(now.path("stockValue")).scale()).isEqualTo(2);
            assertThat(delta(now, before, "lowStock")).isEqualTo(1);
            assertThat(delta(now, before, "outOfStock")).isZero();
        });
    }

    @Test
    void movementsByTypeOverASpanOfBusinessTime() {
        String wh = newWarehouse(), sku = newSku();
        api.warehouse(wh);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        receipt(sku, wh, 100, null, now.minus(2, ChronoUnit.DAYS));
        receipt(sku, wh, 50, null, null);
        api.post("/api/v1/stock/damages", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":30,\"reason\":\"water\"}");
        api.post("/api/v1/stock/returns", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":4,\"condition\":\"DAMAGED\"}");

        await().atMost(LAG).untilAsserted(() -> {
            JsonNode all = api.get("/api/v1/reports/movements?warehouse=" + wh).body();
            assertThat(all.path("items")).hasSize(8);
            JsonNode receipts = type(all, "RECEIPT");
            assertThat(receipts.path("count").asLong()).isEqualTo(2);
            assertThat(receipts.path("units").asLong()).isEqualTo(150);
            assertThat(receipts.path("onHandChange").asLong()).isEqualTo(150);
            JsonNode damages = type(all, "DAMAGE");
            assertThat(damages.path("count").asLong()).isEqualTo(1);
            assertThat(damages.path("units").asLong()).isEqualTo(30);
            assertThat(damages.path("onHandChange").asLong()).isEqualTo(-30);
            assertThat(damages.path("damagedChange").asLong()).isEqualTo(30);
            assertThat(type(all, "RETURN").path("units").asLong()).isEqualTo(4);
            assertThat(type(all, "SHIPMENT").path("count").asLong()).isZero();
        });
        JsonNode recent = api.get("/api/v1/reports/movements?warehouse=" + wh + "&from="
                + now.minus(1, ChronoUnit.DAYS)).body();
        assertThat(type(recent, "RECEIPT").path("count").asLong()).isEqualTo(1);
        assertThat(type(recent, "RECEIPT").path("units").asLong()).isEqualTo(50);
        JsonNode old = api.get("/api/v1/reports/movements?warehouse=" + wh + "&from=" + now.minus(3, ChronoUnit.DAYS)
                + "&to=" + now.minus(1, ChronoUnit.DAYS)).body();
        assertThat(type(old, "RECEIPT").path("units").asLong()).isEqualTo(100);
        assertThat(type(old, "DAMAGE").path("count").asLong()).isZero();

        assertThat(api.get("/api/v1/reports/movements?from=" + now + "&to=" + now).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/reports/movements?from=yesterday").problemType())
                .isEqualTo("/problems/invalid-request");
        assertThat(api.get("/api/v1/reports/valuation?warehouse=bad%20code").status()).isEqualTo(400);
    }

    private static JsonNode type(JsonNode report, String type) {
        for (JsonNode item : report.path("items")) {
            if (item.path("type").asText().equals(type)) {
                return item;
            }
        }
        throw new AssertionError("no " + type + " in " + report);
    }

    private static long delta(JsonNode now, JsonNode before, String field) {
        return now.path(field).asLong() - before.path(field).asLong();
    }

    /** @return the summary once it stays the same for half a second (earlier tests' projections caught up) */
    private JsonNode quiet() {
        JsonNode[] last = {exact("/api/v1/reports/summary")};
        await().atMost(LAG).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode now = exact("/api/v1/reports/summary");
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
        return last[0];
    }
}
