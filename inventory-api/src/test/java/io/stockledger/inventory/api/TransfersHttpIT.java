package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.stockledger.inventory.api.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Transfers between warehouses through HTTP: the lifecycle, discrepancies, conservation of units, bad input. */
class TransfersHttpIT extends ServiceIT {

    @Test
    void wholeLifecycleWithShortDeliveryMovesUnitsAndRecordsTheDiscrepancy() {
        String from = newWarehouse(), to = newWarehouse();
        api.warehouse(from);
        api.warehouse(to);
        String a = newSku(), b = newSku();
        api.receive(a, from, 100);
        api.receive(b, from, 20);
        long before = 100 + 20;
        awaitUnits(before, a, b, from, to);

        Response requested = api.post("/api/v1/transfers", "{\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"reference\":\"RPL-7\",\"lines\":[{\"sku\":\"" + a + "\",\"quantity\":30},{\"sku\":\"" + b
                + "\",\"quantity\":5}]}");
        assertThat(requested.status()).isEqualTo(201);
        String id = requested.body().path("transferId").asText();
        assertThat(requested.body().path("status").asText()).isEqualTo("REQUESTED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode source = level(a, from);
            assertThat(source.path("reserved").asLong()).isEqualTo(30);
            assertThat(source.path("available").asLong()).isEqualTo(70);
        });

        Response dispatched = api.post("/api/v1/transfers/" + id + "/dispatch", "{\"trackingNumber\":\"1Z999\"}");
        assertThat(dispatched.status()).isEqualTo(200);
        assertThat(dispatched.body().path("status").asText()).isEqualTo("IN_TRANSIT");
        assertThat(dispatched.body().path("trackingNumber").asText()).isEqualTo("1Z999");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(level(a, from).path("onHand").asLong()).isEqualTo(70);
            assertThat(level(a, from).path("reserved").asLong()).isZero();
            assertThat(level(a, to).path("inTransit").asLong()).isEqualTo(30);
            assertThat(level(a, to).path("onHand").asLong()).isZero();
        });
        awaitUnits(before, a, b, from, to);

        Response received = api.post("/api/v1/transfers/" + id + "/receive", "{\"lines\":[{\"sku\":\"" + a
                + "\",\"quantity\":28},{\"sku\":\"" + b + "\",\"quantity\":5}]}");
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.body().path("status").asText()).isEqualTo("COMPLETED");
        JsonNode discrepancies = received.body().path("discrepancies");
        assertThat(discrepancies).hasSize(1);
        assertThat(discrepancies.get(0).path("sku").asText()).isEqualTo(a);
        assertThat(discrepancies.get(0).path("expected").asLong()).isEqualTo(30);
        assertThat(discrepancies.get(0).path("received").asLong()).isEqualTo(28);
        assertThat(discrepancies.get(0).path("difference").asLong()).isEqualTo(-2);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode shown = api.get("/api/v1/transfers/" + id).body();
            assertThat(shown.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(shown.path("reference").asText()).isEqualTo("RPL-7");
            assertThat(shown.path("discrepancies")).isEqualTo(discrepancies);
            assertThat(shown.path("lines").get(0).path("received").asLong()).isEqualTo(28);
            assertThat(level(a, to).path("onHand").asLong()).isEqualTo(28);
            assertThat(level(a, to).path("inTransit").asLong()).isZero();
            assertThat(level(b, to).path("onHand").asLong()).isEqualTo(5);
        });
        // The units across warehouses change only by the recorded discrepancy.
        awaitUnits(before + discrepancies.get(0).path("difference").asLong(), a, b, from, to);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode out = api.get("/api/v1/stock/" + a + "/movements?warehouse=" + from + "&type=TRANSFER_OUT").body();
            assertThat(out.path("items")).hasSize(1);
            assertThat(out.path("items").get(0).path("quantity").asLong()).isEqualTo(-30);
            assertThat(out.path("items").get(0).path("reference").asText()).isEqualTo(id);
            JsonNode in = api.get("/api/v1/stock/" + a + "/movements?warehouse=" + to + "&type=TRANSFER_IN").body();
            assertThat(in.path("items")).hasSize(1);
            assertThat(in.path("items").get(0).path("quantity").asLong()).isEqualTo(28);
            assertThat(in.path("items").get(0).path("reference").asText()).isEqualTo(id);
        });

        Response again = api.post("/api/v1/transfers/" + id + "/receive", "{\"lines\":[{\"sku\":\"" + a
                + "\",\"quantity\":28}]}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("/problems/transfer-not-open");
        assertThat(api.receive(a, to, 1).path("onHand").asLong()).as("a second receipt changed nothing").isEqualTo(29);
    }

    @Test
    void cancelBeforeDispatchReleasesTheHoldAndStepsOutOfOrderAreRefused() {
        String from = newWarehouse(), to = newWarehouse();
        api.warehouse(from);
        api.warehouse(to);
        String sku = newSku();
        api.receive(sku, from, 10);
        String id = api.post("/api/v1/transfers", transfer(from, to, sku, 4)).body().path("transferId").asText();

        Response early = api.post("/api/v1/transfers/" + id + "/receive", "{\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":4}]}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemType()).isEqualTo("/problems/transfer-not-open");

        Response cancelled = api.post("/api/v1/transfers/" + id + "/cancel", null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.receive(sku, from, 1).path("reserved").asLong()).isZero();

        for (String step : List.of("dispatch", "cancel")) {
            Response late = api.post("/api/v1/transfers/" + id + "/" + step, null);
            assertThat(late.status()).as(step).isEqualTo(409);
            assertThat(late.problemType()).isEqualTo("/problems/transfer-not-open");
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode page = api.get("/api/v1/transfers?status=CANCELLED&from=" + from).body();
            assertThat(page.path("total").asLong()).isEqualTo(1);
            assertThat(page.path("items").get(0).path("transferId").asText()).isEqualTo(id);
            assertThat(api.get("/api/v1/transfers?status=REQUESTED&from=" + from).body().path("total").asLong()).isZero();
        });
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        String from = newWarehouse(), to = newWarehouse(), inactive = newWarehouse();
        api.warehouse(from);
        api.warehouse(to);
        api.warehouse(inactive);
        assertThat(api.post("/api/v1/warehouses/" + inactive + "/deactivate", null).status()).isEqualTo(200);
        String sku = newSku();
        api.receive(sku, from, 10);

        List<Response> refused = new ArrayList<>();
        refused.add(api.post("/api/v1/transfers", transfer(from, from, sku, 1)));
        refused.add(api.post("/api/v1/transfers", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"lines\":[]}"));
        refused.add(api.post("/api/v1/transfers", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}"));
        refused.add(api.post("/api/v1/transfers", transfer(from, to, sku, 0)));
        refused.add(api.post("/api/v1/transfers", transfer(from, to, "bad sku", 1)));
        assertThat(refused).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.problemType()).isEqualTo("/problems/invalid-request");
        });

        Response unknown = api.post("/api/v1/transfers", transfer(from, "NOPE-" + from, sku, 1));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("/problems/unknown-warehouse");
        Response toInactive = api.post("/api/v1/transfers", transfer(from, inactive, sku, 1));
        assertThat(toInactive.status()).isEqualTo(422);
        assertThat(toInactive.problemType()).isEqualTo("/problems/inactive-warehouse");
        Response tooMany = api.post("/api/v1/transfers", transfer(from, to, sku, 11));
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.problemType()).isEqualTo("/problems/insufficient-stock");
        assertThat(tooMany.body().path("shortages").get(0).path("available").asLong()).isEqualTo(10);

        String id = api.post("/api/v1/transfers", transfer(from, to, sku, 3)).body().path("transferId").asText();
        assertThat(api.post("/api/v1/transfers/" + id + "/dispatch", "{}").status()).isEqualTo(200);
        Response stranger = api.post("/api/v1/transfers/" + id + "/receive", "{\"lines\":[{\"sku\":\"" + newSku()
                + "\",\"quantity\":3}]}");
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.problemType()).isEqualTo("/problems/invalid-request");
        Response negative = api.post("/api/v1/transfers/" + id + "/receive", "{\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":-1}]}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(api.post("/api/v1/transfers/" + id + "/receive", "{\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":3}]}").body().path("status").asText()).as("still receivable").isEqualTo("COMPLETED");

        assertThat(api.get("/api/v1/transfers/00000000-0000-0000-0000-000000000000").problemType())
                .isEqualTo("/problems/unknown-transfer");
        assertThat(api.post("/api/v1/transfers/not-a-uuid/dispatch", null).status()).isEqualTo(404);
        assertThat(api.receive(sku, from, 1).path("onHand").asLong()).as("only the one transfer took stock")
                .isEqualTo(8);
    }

    private JsonNode level(String sku, String warehouse) {
        Response r = api.get("/api/v1/stock/" + sku + "/" + warehouse);
        return r.status() == 200 ? r.body() : MissingNode.getInstance();
    }

    /** Waits until on hand + in transit + damaged of two SKUs over two warehouses (projected) is {@code expected}. */
    private void awaitUnits(long expected, String a, String b, String from, String to) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            long total = 0;
            for (String sku : List.of(a, b)) {
                for (String warehouse : List.of(from, to)) {
                    JsonNode level = level(sku, warehouse);
                    total += level.path("onHand").asLong() + level.path("inTransit").asLong()
                            + level.path("damaged").asLong();
                }
            }
            assertThat(total).isEqualTo(expected);
        });
    }

    private static String transfer(String from, String to, String sku, long quantity) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":"
                + quantity + "}]}";
    }
}
