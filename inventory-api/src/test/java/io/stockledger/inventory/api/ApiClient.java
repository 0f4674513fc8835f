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
    private final String credentialHeader;
    private final String credential;

    /** @param base e.g. {@code http://localhost:8080}; no credentials */
    public ApiClient(String base) {
        this(base, null);
    }

    /**
     * @param base   e.g. {@code http://localhost:8080}
     * @param apiKey sent as {@code X-Api-Key} with every request, or {@code null} for none
     */
    public ApiClient(String base, String apiKey) {
        this(base, apiKey == null ? null : "X-Api-Key", apiKey);
    }

    private ApiClient(String base, String credentialHeader, String credential) {
        this.base = base;
        this.credentialHeader = credentialHeader;
        this.credential = credential;
    }

    /** @return a client for the same service with another API key ({@code null}: none) */
    public ApiClient withKey(String apiKey) {
        return new ApiClient(base, apiKey);
    }

    /** @return a client for the same service sending {@code Authorization: Bearer <token>} instead of a key */
    public ApiClient withBearer(String token) {
        return new ApiClient(base, "Authorization", "Bearer " + token);
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
        if (credential != null) {
            request.header(credentialHeader, credential);
        }
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

    /**
     * An answer read as text, for what is not JSON (HTML pages, the Prometheus text format).
     *
     * @param status      HTTP status
     * @param contentType the Content-Type header, or empty
     * @param location    the Location header (of a redirect), or empty
     * @param body        the body
     */
    public record Text(int status, String contentType, String location, String body) {
    }

    /** @return the answer of a GET, as text; redirects are not followed */
    public Text text(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (credential != null) {
            request.header(credentialHeader, credential);
        }
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Text(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Location").orElse(""), r.body());
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
