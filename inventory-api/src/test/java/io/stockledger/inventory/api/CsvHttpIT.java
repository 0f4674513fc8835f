package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** CSV export of stock levels and CSV imports of counts and policies, through HTTP. */
class CsvHttpIT extends ServiceIT {

    private static final Duration LAG = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * An answer as text.
     *
     * @param status      HTTP status
     * @param contentType Content-Type header or empty
     * @param body        the body
     */
    record Text(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Text send(HttpRequest.Builder request) {
        request.header("X-Api-Key", ADMIN_KEY);
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Text(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Text upload(String path, String contentType, String csv) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    private Text export(String query) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exports/stock.csv" + query))
                .GET());
    }

    private static List<CSVRecord> records(String csv) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).containsExactly("sku", "warehouse", "onHand", "reserved", "available",
                    "inTransit", "damaged", "bin", "reorderPoint", "reorderQuantity", "safetyStock", "maxStock",
                    "leadTimeDays", "version", "updatedAt");
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void exportedCsvParsesBackToTheStockLevels() {
        String wh = newWarehouse(), a = "A-" + newSku(), b = "B-" + newSku();
        api.warehouse(wh);
        api.post("/api/v1/stock/receipts", "{\"sku\":\"" + a + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":120,\"bin\":\"A-03-12\"}");
        api.receive(b, wh, 7);
        api.put("/api/v1/stock/" + a + "/" + wh + "/policy", "{\"reorderPoint\":40,\"reorderQuantity\":200,"
                + "\"safetyStock\":10,\"maxStock\":1000,\"leadTimeDays\":7}");

        await().atMost(LAG).untilAsserted(() -> {
            Text csv = export("?warehouse=" + wh);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            List<CSVRecord> rows = records(csv.body());
            assertThat(rows).extracting(r -> r.get("sku")).containsExactly(a, b);
            CSVRecord first = rows.get(0);
            assertThat(first.get("warehouse")).isEqualTo(wh);
            assertThat(first.get("onHand")).isEqualTo("120");
            assertThat(first.get("available")).isEqualTo("120");
            assertThat(first.get("bin")).isEqualTo("A-03-12");
            assertThat(first.get("reorderPoint")).isEqualTo("40");
            assertThat(first.get("maxStock")).isEqualTo("1000");
            assertThat(first.get("version")).isEqualTo("2");
            CSVRecord second = rows.get(1);
            assertThat(second.get("onHand")).isEqualTo("7");
            assertThat(second.get("reorderPoint")).isEmpty();
            assertThat(second.get("bin")).isEmpty();
        });
        Text all = export("");
        assertThat(records(all.body())).extracting(r -> r.get("sku")).contains(a, b);
        Text bad = export("?warehouse=no%20code");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("type").asText()).isEqualTo("/problems/invalid-request");
    }

    @Test
    void countImportAppliesGoodLinesReportsBadOnesAndChangesNothingOnReupload() {
        String wh = newWarehouse(), a = newSku(), b = newSku(), c = newSku(), d = newSku();
        api.warehouse(wh);
        api.receive(a, wh, 100);
        api.receive(b, wh, 50);
        api.receive(c, wh, 20);
        assertThat(api.post("/api/v1/reservations", "{\"orderId\":\"SO-CSV-" + c + "\",\"lines\":[{\"sku\":\"" + c
                + "\",\"warehouse\":\"" + wh + "\",\"quantity\":10}]}").status()).isEqualTo(201);
        String file = "sku,warehouse,countedQuantity,reason\r\n"
                + a + "," + wh + ",90,cycle count\r\n"            // line 2: 10 missing
                + b + "," + wh + ",50,cycle count\r\n"            // line 3: confirms on hand
                + d + ",NO-SUCH-WH,5,\r\n"                         // line 4: unknown warehouse
                + c + "," + wh + ",5,\r\n"                         // line 5: below the 10 reserved
                + "bad sku," + wh + ",-1,\r\n";                   // line 6: malformed

        Text first = upload("/api/v1/imports/counts", "text/csv", file);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode result = first.json();
        assertThat(result.path("applied").asInt()).isEqualTo(2);
        assertThat(result.path("unchanged").asInt()).isZero();
        JsonNode rejected = result.path("rejected");
        assertThat(rejected).extracting(r -> r.path("line").asLong()).containsExactly(4L, 5L, 6L);
        assertThat(rejected.get(0).path("errors").get(0).path("field").asText()).isEqualTo("warehouse");
        assertThat(rejected.get(1).path("errors").get(0).path("field").asText()).isEqualTo("countedQuantity");
        assertThat(rejected.get(2).path("errors")).extracting(e -> e.path("field").asText())
                .containsExactly("sku", "countedQuantity");
        await().atMost(LAG).untilAsserted(() -> {
            JsonNode levelA = api.get("/api/v1/stock/" + a + "/" + wh).body();
            assertThat(levelA.path("onHand").asLong()).isEqualTo(90);
            assertThat(levelA.path("version").asLong()).as("receipt 0, count 1").isEqualTo(1);
            assertThat(api.get("/api/v1/stock/" + b + "/" + wh).body().path("version").asLong())
                    .as("receipt 0, confirming count 1").isEqualTo(1);
            JsonNode countB = api.get("/api/v1/stock/" + b + "/movements?type=COUNT").body();
            assertThat(countB.path("total").asLong()).isEqualTo(1);
            assertThat(countB.path("items").get(0).path("quantity").asLong()).isZero();
        });
        assertThat(api.get("/api/v1/stock/" + d).status()).as("no stock item for the rejected line").isEqualTo(404);

        Text second = upload("/api/v1/imports/counts", "text/csv; charset=UTF-8", file);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("applied").asInt()).isZero();
        assertThat(second.json().path("unchanged").asInt()).isEqualTo(2);
        assertThat(second.json().path("rejected")).isEqualTo(rejected);
        // The next change of each stock item comes right after the first upload's count: nothing in between.
        assertThat(api.receive(a, wh, 1).path("version").asLong()).isEqualTo(2);
        assertThat(api.receive(b, wh, 1).path("version").asLong()).isEqualTo(2);
    }

    @Test
    void policyImportAppliesGoodLinesAndChangesNothingOnReupload() {
        String wh = newWarehouse(), a = newSku(), b = newSku();
        api.warehouse(wh);
        api.receive(a, wh, 100);
        String file = "sku,warehouse,reorderPoint,reorderQuantity,safetyStock,maxStock,leadTimeDays\n"
                + a + "," + wh + ",40,200,10,1000,7\n"
                + b + "," + wh + ",5,20,0,,2\n"
                + a + "X," + wh + ",40,200,50,1000,7\n";  // safety stock above reorder point

        Text first = upload("/api/v1/imports/policies", "text/csv", file);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("applied").asInt()).isEqualTo(2);
        assertThat(first.json().path("rejected")).singleElement().satisfies(r -> {
            assertThat(r.path("line").asLong()).isEqualTo(4);
            assertThat(r.path("errors").get(0).path("field").asText()).isEqualTo("safetyStock");
        });
        JsonNode policyA = api.put("/api/v1/stock/" + a + "/" + wh + "/policy", "{\"reorderPoint\":40,"
                + "\"reorderQuantity\":200,\"safetyStock\":10,\"maxStock\":1000,\"leadTimeDays\":7}").body();
        assertThat(policyA.path("version").asLong()).as("the same policy by HTTP changes nothing").isEqualTo(1);
        await().atMost(LAG).untilAsserted(() -> {
            JsonNode levelB = api.get("/api/v1/stock/" + b + "/" + wh).body();
            assertThat(levelB.path("reorderQuantity").asLong()).isEqualTo(20);
            assertThat(levelB.path("maxStock").isNull()).isTrue();
        });

        Text second = upload("/api/v1/imports/policies", "text/csv", file);

        assertThat(second.json().path("applied").asInt()).isZero();
        assertThat(second.json().path("unchanged").asInt()).isEqualTo(2);
        assertThat(api.receive(a, wh, 1).path("version").asLong()).isEqualTo(2);
        assertThat(api.receive(b, wh, 1).path("version").asLong()).isEqualTo(1);
    }

    @Test
    void filesThatCannotBeReadAsAWholeAreRefusedAndChangeNothing() {
        String wh = newWarehouse(), sku = newSku();
        api.warehouse(wh);
        api.receive(sku, wh, 10);

        Text noHeader = upload("/api/v1/imports/counts", "text/csv", sku + "," + wh + ",3\n");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.json().path("type").asText()).isEqualTo("/problems/invalid-request");
        assertThat(noHeader.json().path("errors").get(0).path("field").asText()).isEqualTo("file");

        Text malformed = upload("/api/v1/imports/counts", "text/csv",
                "sku,warehouse,countedQuantity\n" + sku + "," + wh + ",3\n\"unterminated," + wh + ",4\n");
        assertThat(malformed.status()).isEqualTo(400);

        Text json = upload("/api/v1/imports/counts", "application/json", "{}");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.json().path("type").asText()).isEqualTo("/problems/unsupported-media-type");

        StringBuilder huge = new StringBuilder("sku,warehouse,countedQuantity\n");
        while (huge.length() <= 1024 * 1024) {
            huge.append(sku).append(',').append(wh).append(",3\n");
        }
        Text tooLarge = upload("/api/v1/imports/counts", "text/csv", huge.toString());
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().path("type").asText()).isEqualTo("/problems/payload-too-large");

        assertThat(api.receive(sku, wh, 1).path("onHand").asLong()).as("no count was applied").isEqualTo(11);
    }
}
