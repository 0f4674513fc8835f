package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockledger.inventory.api.ApiClient.Response;
import io.stockledger.inventory.api.problem.ProblemType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document against the contract (shared/API.md): every call with its method, the fields of
 * its request and answer, its statuses and problem types; the two ways in; the problem schema; Swagger UI.
 */
class OpenApiIT extends ServiceIT {

    /** Each call of the contract: "METHOD path" → the query parameters it documents. */
    private static final Map<String, List<String>> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("POST /api/v1/warehouses", List.of());
        CONTRACT.put("GET /api/v1/warehouses", List.of());
        CONTRACT.put("GET /api/v1/warehouses/{code}", List.of());
        CONTRACT.put("PUT /api/v1/warehouses/{code}", List.of());
        CONTRACT.put("POST /api/v1/warehouses/{code}/deactivate", List.of());
        CONTRACT.put("POST /api/v1/warehouses/{code}/activate", List.of());
        CONTRACT.put("POST /api/v1/stock/receipts", List.of());
        CONTRACT.put("POST /api/v1/stock/returns", List.of());
        CONTRACT.put("POST /api/v1/stock/damages", List.of());
        CONTRACT.put("POST /api/v1/stock/adjustments", List.of());
        CONTRACT.put("POST /api/v1/stock/counts", List.of());
        CONTRACT.put("PUT /api/v1/stock/{sku}/{warehouse}/policy", List.of());
        CONTRACT.put("GET /api/v1/stock/{sku}", List.of());
        CONTRACT.put("GET /api/v1/stock/{sku}/{warehouse}", List.of());
        CONTRACT.put("GET /api/v1/stock", List.of("warehouse", "status", "page", "size"));
        CONTRACT.put("GET /api/v1/stock/{sku}/movements", List.of("warehouse", "from", "to", "type", "page", "size"));
        CONTRACT.put("POST /api/v1/reservations", List.of());
        CONTRACT.put("GET /api/v1/reservations/{id}", List.of());
        CONTRACT.put("POST /api/v1/reservations/{id}/ship", List.of());
        CONTRACT.put("POST /api/v1/reservations/{id}/release", List.of());
        CONTRACT.put("POST /api/v1/transfers", List.of());
        CONTRACT.put("POST /api/v1/transfers/{id}/dispatch", List.of());
        CONTRACT.put("POST /api/v1/transfers/{id}/receive", List.of());
        CONTRACT.put("POST /api/v1/transfers/{id}/cancel", List.of());
        CONTRACT.put("GET /api/v1/transfers/{id}", List.of());
        CONTRACT.put("GET /api/v1/alerts", List.of("status", "type", "warehouse"));
        CONTRACT.put("POST /api/v1/alerts/{id}/acknowledge", List.of());
        CONTRACT.put("GET /api/v1/forecasts/{sku}", List.of("warehouse", "horizonDays"));
        CONTRACT.put("GET /api/v1/reports/summary", List.of());
        CONTRACT.put("GET /api/v1/reports/valuation", List.of("warehouse"));
        CONTRACT.put("GET /api/v1/audit/events", List.of("sku", "warehouse", "after", "limit"));
        CONTRACT.put("GET /api/v1/stock/{sku}/{warehouse}/as-of", List.of("at"));
    }

    private JsonNode doc;

    @BeforeEach
    void document() {
        Response r = api.get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        doc = r.body();
    }

    @Test
    void givenTheContractThenEveryCallIsDocumentedWithItsMethodAndQueryParameters() {
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
        assertThat(doc.path("info").path("version").asText()).isNotBlank();
        List<String> missing = new ArrayList<>();
        CONTRACT.forEach((call, query) -> {
            JsonNode operation = operation(call);
            if (operation.isMissingNode()) {
                missing.add(call);
                return;
            }
            Set<String> documented = new TreeSet<>();
            operation.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("query")) {
                    documented.add(p.path("name").asText());
                }
            });
            assertThat(documented).as(call).containsAll(query);
        });
        assertThat(missing).as("contract calls missing from /v3/api-docs").isEmpty();
        List<String> ids = new ArrayList<>();
        doc.path("paths").forEach(path -> path.forEach(operation -> ids.add(operation.path("operationId").asText())));
        assertThat(ids).as("operation ids, for generated clients").doesNotHaveDuplicates().contains("reservationPlace");
    }

    @Test
    void givenRequestBodiesThenTheirFieldsAreTheContracts() {
        assertThat(requestFields("POST /api/v1/warehouses"))
                .contains("code", "name", "address", "timezone", "priority", "active");
        assertThat(requestFields("PUT /api/v1/warehouses/{code}")).contains("name", "address", "timezone", "priority");
        assertThat(requestFields("POST /api/v1/stock/receipts"))
                .contains("sku", "warehouse", "quantity", "unitCost", "reference", "bin");
        assertThat(requestFields("POST /api/v1/stock/returns")).contains("sku", "warehouse", "quantity", "orderId", "condition");
        assertThat(requestFields("POST /api/v1/stock/damages")).contains("sku", "warehouse", "quantity", "reason");
        assertThat(requestFields("POST /api/v1/stock/adjustments")).contains("sku", "warehouse", "delta", "reason");
        assertThat(requestFields("POST /api/v1/stock/counts")).contains("sku", "warehouse", "countedQuantity", "reason");
        assertThat(requestFields("PUT /api/v1/stock/{sku}/{warehouse}/policy"))
                .contains("reorderPoint", "reorderQuantity", "safetyStock", "maxStock", "leadTimeDays");
        JsonNode order = resolve(schema(operation("POST /api/v1/reservations").path("requestBody")));
        assertThat(fields(order)).contains("orderId", "ttlSeconds", "lines");
        assertThat(fields(order.path("properties").path("lines"))).as("a reservation line")
                .containsExactlyInAnyOrder("sku", "quantity", "warehouse");
        JsonNode transfer = resolve(schema(operation("POST /api/v1/transfers").path("requestBody")));
        assertThat(fields(transfer)).contains("from", "to", "lines", "reference");
        assertThat(fields(transfer.path("properties").path("lines"))).as("a transfer line")
                .containsExactlyInAnyOrder("sku", "quantity");
        assertThat(requestFields("POST /api/v1/transfers/{id}/dispatch")).contains("trackingNumber");
        assertThat(requestFields("POST /api/v1/transfers/{id}/receive")).contains("lines");
        assertThat(operation("GET /api/v1/stock").path("requestBody").isMissingNode()).isTrue();
    }

    @Test
    void givenAnswersThenTheirStatusesAndFieldsAreTheContracts() {
        List<String> stockLevel = List.of("sku", "warehouse", "onHand", "reserved", "available", "inTransit", "damaged",
                "bin", "reorderPoint", "reorderQuantity", "safetyStock", "maxStock", "leadTimeDays", "version", "updatedAt");
        assertThat(answerFields("POST /api/v1/stock/receipts", "200")).containsAll(stockLevel);
        assertThat(answerFields("GET /api/v1/stock/{sku}/{warehouse}/as-of", "200")).containsAll(stockLevel);
        assertThat(answerFields("GET /api/v1/stock/{sku}", "200")).contains("sku", "total", "warehouses");
        assertThat(answerFields("GET /api/v1/stock", "200")).contains("items", "page", "size", "total");
        assertThat(answerFields("POST /api/v1/warehouses", "201")).contains("code", "name", "priority", "active");
        assertThat(answerFields("POST /api/v1/reservations", "201"))
                .contains("reservationId", "orderId", "status", "expiresAt", "allocations");
        assertThat(answerFields("POST /api/v1/reservations", "200")).contains("reservationId", "status");
        assertThat(answerFields("POST /api/v1/transfers", "201")).contains("transferId", "status");
        assertThat(answerFields("GET /api/v1/transfers/{id}", "200"))
                .contains("transferId", "from", "to", "status", "lines", "trackingNumber", "discrepancies");
        assertThat(answerFields("GET /api/v1/reports/summary", "200")).contains("skus", "stockItems", "totalOnHand",
                "totalReserved", "totalAvailable", "stockValue", "lowStock", "outOfStock");
        assertThat(answerFields("GET /api/v1/forecasts/{sku}", "200"))
                .contains("sku", "warehouse", "method", "forecast", "reorder");
        JsonNode events = operation("GET /api/v1/audit/events").path("responses").path("200").path("content")
                .path("application/json").path("schema");
        assertThat(fields(events)).contains("globalSequence", "aggregateId", "sequence", "type", "payload", "actor",
                "occurredAt", "correlationId");
        assertThat(operation("POST /api/v1/warehouses").path("responses").has("200"))
                .as("a warehouse is created: 201 only").isFalse();
    }

    @Test
    void givenTheWaysInThenBothSchemesAreDeclaredAndRequiredGlobally() {
        JsonNode schemes = doc.path("components").path("securitySchemes");
        JsonNode apiKey = schemes.path("apiKey");
        assertThat(apiKey.path("type").asText()).isEqualTo("apiKey");
        assertThat(apiKey.path("in").asText()).isEqualTo("header");
        assertThat(apiKey.path("name").asText()).isEqualTo("X-Api-Key");
        JsonNode bearer = schemes.path("bearerJwt");
        assertThat(bearer.path("type").asText()).isEqualTo("http");
        assertThat(bearer.path("scheme").asText()).isEqualTo("bearer");
        assertThat(bearer.path("bearerFormat").asText()).isEqualTo("JWT");
        Set<String> required = new TreeSet<>();
        doc.path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(required::add));
        assertThat(required).containsExactly("apiKey", "bearerJwt");
    }

    @Test
    void givenTheProblemTypesThenTheSchemaListsEveryOneAndOperationsAnswerThem() {
        JsonNode problem = doc.path("components").path("schemas").path("Problem");
        assertThat(fields(problem)).contains("type", "title", "status", "detail", "instance", "errors", "shortages");
        Set<String> enumerated = new TreeSet<>();
        problem.path("properties").path("type").path("enum").forEach(t -> enumerated.add(t.asText()));
        for (ProblemType type : ProblemType.values()) {
            assertThat(enumerated).contains(type.type().toString());
            assertThat(problem.path("description").asText()).contains(type.type().toString());
        }
        assertThat(fields(problem.path("properties").path("shortages")))
                .contains("sku", "warehouse", "requested", "available");
        assertThat(fields(problem.path("properties").path("errors"))).contains("field", "message");

        assertThat(problems("POST /api/v1/reservations", "409")).contains("insufficient-stock", "order-already-reserved");
        assertThat(problems("POST /api/v1/reservations", "422")).contains("idempotency-key-reuse", "inactive-warehouse");
        assertThat(problems("POST /api/v1/reservations/{id}/ship", "409")).contains("reservation-not-open");
        assertThat(problems("GET /api/v1/reservations/{id}", "404")).contains("unknown-reservation");
        assertThat(problems("POST /api/v1/transfers/{id}/dispatch", "409")).contains("transfer-not-open");
        assertThat(problems("GET /api/v1/transfers/{id}", "404")).contains("unknown-transfer");
        assertThat(problems("POST /api/v1/warehouses", "409")).contains("duplicate-warehouse");
        assertThat(problems("GET /api/v1/warehouses/{code}", "404")).contains("unknown-warehouse");
        assertThat(problems("POST /api/v1/stock/adjustments", "409")).contains("insufficient-stock");
        assertThat(problems("GET /api/v1/stock/{sku}", "404")).contains("unknown-sku");
        assertThat(problems("POST /api/v1/stock/receipts", "400")).contains("invalid-request");
        assertThat(problems("POST /api/v1/stock/receipts", "413")).contains("payload-too-large");

        Set<String> answered = new TreeSet<>();
        CONTRACT.keySet().forEach(call -> {
            JsonNode responses = operation(call).path("responses");
            assertThat(problems(call, "401")).as(call).contains("unauthorized");
            assertThat(problems(call, "403")).as(call).contains("forbidden");
            responses.fieldNames().forEachRemaining(status -> answered.addAll(problems(call, status)));
        });
        assertThat(answered).as("every problem type of the contract is answered by some call").contains(
                "invalid-request", "unknown-warehouse", "unknown-sku", "unknown-reservation", "unknown-transfer",
                "duplicate-warehouse", "inactive-warehouse", "insufficient-stock", "order-already-reserved",
                "reservation-not-open", "transfer-not-open", "idempotency-key-reuse", "payload-too-large",
                "unauthorized", "forbidden");
    }

    @Test
    void givenSwaggerUiThenThePageAndItsConfigurationAnswer() {
        ApiClient.Text entry = api.text("/swagger-ui.html");
        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.location()).endsWith("/swagger-ui/index.html");
        ApiClient.Text page = api.text("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui");
        Response config = api.get("/v3/api-docs/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body().path("url").asText()).isEqualTo("/v3/api-docs");
    }

    /** @return the operation of {@code "METHOD path"}, or a missing node */
    private JsonNode operation(String call) {
        String[] parts = call.split(" ", 2);
        return doc.path("paths").path(parts[1]).path(parts[0].toLowerCase());
    }

    /** @return the names of the problem types an operation's answer of that status lists (its examples) */
    private Set<String> problems(String call, String status) {
        Set<String> names = new TreeSet<>();
        operation(call).path("responses").path(status).path("content").path("application/problem+json")
                .path("examples").forEach(example -> {
                    String type = example.path("value").path("type").asText();
                    names.add(type.substring(type.lastIndexOf('/') + 1));
                });
        return names;
    }

    private Set<String> requestFields(String call) {
        return fields(schema(operation(call).path("requestBody")));
    }

    private Set<String> answerFields(String call, String status) {
        return fields(schema(operation(call).path("responses").path(status)));
    }

    /** @return the JSON schema of a request body or answer */
    private JsonNode schema(JsonNode bodyOrAnswer) {
        return bodyOrAnswer.path("content").path("application/json").path("schema");
    }

    /** @return the property names of a schema, following {@code $ref} and array items */
    private Set<String> fields(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved.path("type").asText().equals("array")) {
            resolved = resolve(resolved.path("items"));
        }
        Set<String> names = new TreeSet<>();
        resolved.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String ref = resolved.path("$ref").asText();
            resolved = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return resolved;
    }
}
