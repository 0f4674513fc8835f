package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockledger.inventory.api.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The contract's warehouses, stock changes, reads and reservations, through HTTP on PostgreSQL. */
class StockLedgerHttpIT extends ServiceIT {

    @Test
    void givenNewCodeWhenCreateWarehouseThenListedAndDuplicateRefused() {
        String code = newWarehouse();
        Response created = api.post("/api/v1/warehouses", "{\"code\":\"" + code
                + "\",\"name\":\"Main\",\"address\":\"1 Dock Rd\",\"timezone\":\"Europe/London\",\"priority\":5}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("timezone").asText()).isEqualTo("Europe/London");
        assertThat(created.body().path("active").asBoolean()).isTrue();

        assertThat(api.get("/api/v1/warehouses/" + code).body().path("priority").asInt()).isEqualTo(5);
        assertThat(api.get("/api/v1/warehouses").body().findValuesAsText("code")).contains(code);

        Response duplicate = api.post("/api/v1/warehouses", "{\"code\":\"" + code + "\",\"name\":\"Again\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemType()).isEqualTo("/problems/duplicate-warehouse");
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/warehouses/" + code).body().path("name").asText()).isEqualTo("Main");

        assertThat(api.get("/api/v1/warehouses/NOPE-" + code).problemType()).isEqualTo("/problems/unknown-warehouse");
        assertThat(api.post("/api/v1/warehouses", "{\"code\":\"lower\",\"name\":\"x\"}").problemType())
                .isEqualTo("/problems/invalid-request");
    }

    @Test
    void givenWarehouseWhenEveryStockChangeThenLevelsAndLedgerAgree() {
        String wh = newWarehouse();
        String sku = newSku();
        api.warehouse(wh);
        String item = "\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh + "\"";

        JsonNode received = api.post("/api/v1/stock/receipts", "{" + item
                + ",\"quantity\":120,\"unitCost\":2.55,\"reference\":\"PO-1\",\"bin\":\"A-03-12\"}").body();
        assertThat(received.path("onHand").asLong()).isEqualTo(120);
        assertThat(received.path("bin").asText()).isEqualTo("A-03-12");

        assertThat(api.post("/api/v1/stock/returns", "{" + item + ",\"quantity\":5,\"orderId\":\"SO-9\","
                + "\"condition\":\"SELLABLE\"}").body().path("onHand").asLong()).isEqualTo(125);
        JsonNode damagedReturn = api.post("/api/v1/stock/returns", "{" + item
                + ",\"quantity\":2,\"condition\":\"DAMAGED\"}").body();
        assertThat(damagedReturn.path("onHand").asLong()).isEqualTo(125);
        assertThat(damagedReturn.path("damaged").asLong()).isEqualTo(2);
        JsonNode damaged = api.post("/api/v1/stock/damages", "{" + item + ",\"quantity\":3,\"reason\":\"crushed\"}")
                .body();
        assertThat(damaged.path("onHand").asLong()).isEqualTo(122);
        assertThat(damaged.path("damaged").asLong()).isEqualTo(5);
        assertThat(api.post("/api/v1/stock/adjustments", "{" + item + ",\"delta\":-2,\"reason\":\"write-off\"}")
                .body().path("onHand").asLong()).isEqualTo(120);
        JsonNode counted = api.post("/api/v1/stock/counts", "{" + item + ",\"countedQuantity\":118}").body();
        assertThat(counted.path("onHand").asLong()).isEqualTo(118);
        JsonNode policy = api.put("/api/v1/stock/" + sku + "/" + wh + "/policy", "{\"reorderPoint\":40,"
                + "\"reorderQuantity\":200,\"safetyStock\":10,\"maxStock\":1000,\"leadTimeDays\":7}").body();
        assertThat(policy.path("reorderPoint").asLong()).isEqualTo(40);
        long version = policy.path("version").asLong();

        Response refused = api.post("/api/v1/stock/adjustments", "{" + item + ",\"delta\":-119,\"reason\":\"x\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("/problems/insufficient-stock");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode level = api.get("/api/v1/stock/" + sku + "/" + wh).body();
            assertThat(level.path("version").asLong()).isEqualTo(version);
            assertThat(level.path("onHand").asLong()).isEqualTo(118);
            assertThat(level.path("damaged").asLong()).isEqualTo(5);
            assertThat(level.path("maxStock").asLong()).isEqualTo(1000);
            JsonNode movements = api.get("/api/v1/stock/" + sku + "/movements?size=500").body();
            assertThat(movements.path("total").asLong()).isEqualTo(6);
        });
        JsonNode movements = api.get("/api/v1/stock/" + sku + "/movements?size=500").body().path("items");
        List<String> types = new ArrayList<>();
        long sum = 0;
        for (JsonNode m : movements) {
            types.add(m.path("type").asText());
            sum += m.path("quantity").asLong();
            assertThat(m.path("onHandAfter").asLong() - m.path("onHandBefore").asLong())
                    .isEqualTo(m.path("quantity").asLong());
            assertThat(m.path("actor").asText()).isEqualTo("api-key:admin");
        }
        assertThat(types).containsExactly("RECEIPT", "RETURN", "RETURN", "DAMAGE", "ADJUSTMENT", "COUNT");
        assertThat(sum).isEqualTo(118);
        assertThat(movements.get(0).path("reference").asText()).isEqualTo("PO-1");
        assertThat(api.get("/api/v1/stock/" + sku + "/movements?type=DAMAGE").body().path("total").asLong())
                .isEqualTo(1);

        JsonNode total = api.get("/api/v1/stock/" + sku).body().path("total");
        assertThat(total.path("available").asLong()).isEqualTo(118);
        assertThat(api.get("/api/v1/stock?warehouse=" + wh + "&status=OK").body().path("total").asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/stock?warehouse=" + wh + "&status=LOW").body().path("total").asLong())
                .isZero();
    }

    @Test
    void givenOneShortLineWhenReserveOrderThenNothingHeldAndEveryShortLineNamed() {
        String wh = newWarehouse();
        String a = newSku(), b = newSku(), c = newSku();
        api.warehouse(wh);
        api.receive(a, wh, 10);
        api.receive(b, wh, 1);
        api.receive(c, wh, 10);
        Response refused = api.post("/api/v1/reservations", "{\"orderId\":\"SO-1-" + a + "\",\"lines\":["
                + line(a, wh, 5) + "," + line(b, wh, 2) + "," + line(c, wh, 11) + "]}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("shortages").findValuesAsText("sku")).containsExactly(b, c);
        assertThat(refused.body().path("shortages").get(0).path("available").asLong()).isEqualTo(1);

        JsonNode again = api.receive(a, wh, 1);
        assertThat(again.path("reserved").asLong()).isZero();
        assertThat(again.path("onHand").asLong()).isEqualTo(11);

        Response placed = api.post("/api/v1/reservations", "{\"orderId\":\"SO-2-" + a + "\",\"ttlSeconds\":0,\"lines\":["
                + line(a, wh, 5) + "," + line(b, wh, 1) + "]}");
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.body().path("status").asText()).isEqualTo("RESERVED");
        assertThat(placed.body().path("expiresAt").isNull()).isTrue();
        String id = placed.body().path("reservationId").asText();
        assertThat(api.receive(a, wh, 1).path("reserved").asLong()).isEqualTo(5);

        Response shipped = api.post("/api/v1/reservations/" + id + "/ship", null);
        assertThat(shipped.body().path("status").asText()).isEqualTo("SHIPPED");
        JsonNode afterShip = api.receive(a, wh, 1);
        assertThat(afterShip.path("onHand").asLong()).isEqualTo(12 - 5 + 1);
        assertThat(afterShip.path("reserved").asLong()).isZero();
        assertThat(api.post("/api/v1/reservations/" + id + "/release", null).problemType())
                .isEqualTo("/problems/reservation-not-open");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/reservations/" + id).body().path("status").asText()).isEqualTo("SHIPPED"));
    }

    @Test
    void givenReservationWhenReleasedThenUnitsAvailableAgain() {
        String wh = newWarehouse();
        String sku = newSku();
        api.warehouse(wh);
        api.receive(sku, wh, 10);
        String id = api.post("/api/v1/reservations", "{\"orderId\":\"SO-3-" + sku + "\",\"lines\":[" + line(sku, wh, 4) + "]}")
                .body().path("reservationId").asText();
        assertThat(api.post("/api/v1/reservations/" + id + "/release", null).body().path("status").asText())
                .isEqualTo("RELEASED");
        assertThat(api.receive(sku, wh, 1).path("available").asLong()).isEqualTo(11);
        assertThat(api.post("/api/v1/reservations/00000000-0000-0000-0000-000000000000/ship", null).problemType())
                .isEqualTo("/problems/unknown-reservation");
    }

    @Test
    void givenBadInputWhenPostedThenFourHundredAndNothingChanged() {
        String wh = newWarehouse();
        String sku = newSku();
        api.warehouse(wh);
        long version = api.receive(sku, wh, 10).path("version").asLong();
        String item = "\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh + "\"";
        List<String> bodies = List.of(
                "{" + item + ",\"quantity\":\"5\"}",
                "{" + item + ",\"quantity\":5.5}",
                "{" + item + ",\"quantity\":0}",
                "{" + item + ",\"quantity\":1000000001}",
                "{" + item + ",\"quantity\":5,\"extra\":true}",
                "{" + item + "}",
                "{\"sku\":\"bad sku\",\"warehouse\":\"" + wh + "\",\"quantity\":5}",
                "{" + item + ",\"quantity\":5,\"bin\":\"nowhere\"}",
                "{" + item + ",\"quantity\":5,\"occurredAt\":\"2999-01-01T00:00:00Z\"}",
                "{" + item + ",\"quantity\":5",
                "[]");
        for (String body : bodies) {
            Response r = api.post("/api/v1/stock/receipts", body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.problemType()).as(body).isEqualTo("/problems/invalid-request");
        }
        assertThat(api.post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"warehouse\":\"NOWHERE\","
                + "\"quantity\":5}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/reservations", "{\"orderId\":\"SO-X\",\"lines\":[]}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/reservations", "{\"orderId\":\"SO-X\",\"ttlSeconds\":-1,\"lines\":["
                + line(sku, wh, 1) + "]}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/stock/adjustments", "{" + item + ",\"delta\":0,\"reason\":\"x\"}").status())
                .isEqualTo(400);

        String big = "{" + item + ",\"quantity\":5,\"reference\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Response tooLarge = api.post("/api/v1/stock/receipts", big);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.problemType()).isEqualTo("/problems/payload-too-large");
        Response chunked = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/stock/receipts")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(big.getBytes()))));
        assertThat(chunked.status()).isEqualTo(413);

        assertThat(api.receive(sku, wh, 1).path("version").asLong()).isEqualTo(version + 1);
        assertThat(api.get("/api/v1/nowhere").problemType()).isEqualTo("/problems/not-found");
    }

    static String line(String sku, String wh, long quantity) {
        return "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh + "\",\"quantity\":" + quantity + "}";
    }
}
