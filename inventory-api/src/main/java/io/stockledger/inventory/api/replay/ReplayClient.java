package io.stockledger.inventory.api.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replay's HTTP client: JSON calls to a running service, timed per kind of call. A 5xx answer or a
 * lost connection is counted (never ignored); every answer is returned to the caller.
 */
final class ReplayClient {

    /**
     * An answer.
     *
     * @param status HTTP status (0 when the connection failed)
     * @param body   JSON body, or a missing node
     */
    record Answer(int status, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String apiKey;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private long serverErrors;
    private long failures;

    /**
     * @param base   the service's base URL
     * @param apiKey sent as {@code X-Api-Key}, or {@code null}
     */
    ReplayClient(String base, String apiKey) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.apiKey = apiKey;
    }

    Answer post(String kind, String path, Object body) {
        return call(kind, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    Answer put(String kind, String path, Object body) {
        return call(kind, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    Answer get(String kind, String path) {
        return call(kind, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** @return 5xx answers so far */
    long serverErrors() {
        return serverErrors;
    }

    /** @return calls that got no answer (connection failures) */
    long failures() {
        return failures;
    }

    /** @return per kind of call: {count, p50 ms, p99 ms}, ordered by kind */
    Map<String, double[]> latencySummary() {
        Map<String, double[]> summary = new TreeMap<>();
        latencies.forEach((kind, nanos) -> {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            summary.put(kind, new double[]{sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.99)});
        });
        return summary;
    }

    private Answer call(String kind, HttpRequest.Builder request) {
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(System.nanoTime() - start);
            if (r.statusCode() >= 500) {
                serverErrors++;
            }
            String body = r.body();
            return new Answer(r.statusCode(), body == null || body.isEmpty() ? JSON.missingNode() : JSON.readTree(body));
        } catch (IOException e) {
            failures++;
            return new Answer(0, JSON.missingNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, rank)) / 1e6;
    }
}
