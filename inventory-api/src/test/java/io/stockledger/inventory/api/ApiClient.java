package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the service's JSON API, for tests. */
public final class ApiClient {

    /**
     * An answer.
     *
     * @param status      HTTP status
     * @param contentType the Content-Type header, or empty
     * @param body        the JSON body ({@code MissingNode} when empty)
     */
    public record Response(int status, String contentType, JsonNode body) {

        /** @return the body's problem type, e.g. {@code /problems/insufficient-stock} */
        public String problemType() {
            return body.path("type").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** @param base e.g. {@code http://localhost:8080} */
    public ApiClient(String base) {
        this.base = base;
    }

    /** @return the answer of a GET */
    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** @return the answer of a POST with a JSON body ({@code null}: no body) */
    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** @return the answer of a PUT with a JSON body */
    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** @return the answer of a prepared request */
    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body() == null || r.body().isEmpty() ? JSON.missingNode() : JSON.readTree(r.body());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a warehouse, accepting one that exists already. */
    public void warehouse(String code) {
        Response r = post("/api/v1/warehouses", "{\"code\":\"" + code + "\",\"name\":\"Warehouse " + code + "\"}");
        if (r.status() != 201 && r.status() != 409) {
            throw new IllegalStateException("could not create warehouse " + code + ": " + r);
        }
    }

    /** Receives units; fails unless 200. */
    public JsonNode receive(String sku, String warehouse, long quantity) {
        Response r = post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + warehouse
                + "\",\"quantity\":" + quantity + "}");
        if (r.status() != 200) {
            throw new IllegalStateException("receipt refused: " + r);
        }
        return r.body();
    }
}
