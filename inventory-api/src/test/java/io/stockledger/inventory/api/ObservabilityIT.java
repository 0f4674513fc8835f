package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockledger.inventory.api.ApiClient.Response;
import io.stockledger.inventory.api.admin.Projections;
import io.stockledger.inventory.api.observability.ProjectionLagMetrics;
import io.stockledger.inventory.api.observability.ProjectionsHealthIndicator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Actuator: the probes, and the service's own meters on {@code /actuator/prometheus} after real calls —
 * commands by type and outcome, refusals by reason, projection lag, open reservations, expiries.
 */
class ObservabilityIT extends ServiceIT {

    /** One sample of the Prometheus text format. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Autowired
    Projections projections;
    @Autowired
    ProjectionLagMetrics lagMetrics;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenTheServiceUpThenLivenessAndReadinessAnswerUpWithTheDatabaseAndProjections() {
        Response liveness = api.get("/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body().path("status").asText()).isEqualTo("UP");
        assertThat(liveness.body().path("components").has("projections")).as("a restart cures no lag").isFalse();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Response readiness = api.get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.body().path("status").asText()).isEqualTo("UP");
            JsonNode components = readiness.body().path("components");
            assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
            assertThat(components.path("projections").path("status").asText()).isEqualTo("UP");
            assertThat(components.path("readinessState").path("status").asText()).isEqualTo("UP");
        });
    }

    @Test
    void givenALagThresholdThenTheProjectionsIndicatorJudgesEveryProjection() {
        List<String> names = projectionNames();
        Health strict = new ProjectionsHealthIndicator(projections, -1).health();
        assertThat(strict.getStatus()).as("every projection is 0 > -1 events behind").isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(strict.getDetails()).containsKeys(names.toArray(String[]::new));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(new ProjectionsHealthIndicator(projections, 100_000).health().getStatus()).isEqualTo(Status.UP));
    }

    @Test
    void givenCommandsAndRefusalsThenPrometheusShowsTheirMeters() {
        String wh = newWarehouse();
        String sku = newSku();
        api.warehouse(wh);
        List<Sample> before = scrape();
        double receipts = value(before, "stockledger_commands_seconds_count", "command", "ReceiveStock", "outcome", "success");
        double refusedPlacements = value(before, "stockledger_commands_seconds_count",
                "command", "PlaceReservation", "outcome", "insufficient-stock");
        double placements = value(before, "stockledger_commands_seconds_count",
                "command", "PlaceReservation", "outcome", "success");
        double refusals = value(before, "stockledger_refusals_total", "reason", "insufficient-stock");

        api.receive(sku, wh, 10);
        Response refused = api.post("/api/v1/reservations", order("SO-OBS1-" + sku, sku, wh, 50, 0));
        assertThat(refused.status()).isEqualTo(409);
        Response placed = api.post("/api/v1/reservations", order("SO-OBS2-" + sku, sku, wh, 3, 0));
        assertThat(placed.status()).isEqualTo(201);

        List<Sample> after = scrape();
        assertThat(value(after, "stockledger_commands_seconds_count", "command", "ReceiveStock", "outcome", "success"))
                .isEqualTo(receipts + 1);
        assertThat(value(after, "stockledger_commands_seconds_count",
                "command", "PlaceReservation", "outcome", "insufficient-stock")).isEqualTo(refusedPlacements + 1);
        assertThat(value(after, "stockledger_commands_seconds_count", "command", "PlaceReservation", "outcome", "success"))
                .isEqualTo(placements + 1);
        assertThat(value(after, "stockledger_commands_seconds_sum", "command", "PlaceReservation", "outcome", "success"))
                .as("latency in seconds").isPositive();
        assertThat(find(after, "stockledger_commands_seconds_bucket", "command", "PlaceReservation", "outcome",
                "success")).as("histogram buckets for latency quantiles").isNotEmpty();
        assertThat(value(after, "stockledger_refusals_total", "reason", "insufficient-stock")).isEqualTo(refusals + 1);

        List<String> names = projectionNames();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Sample> now = scrape();
            for (String projection : names) {
                assertThat(gauge(now, "stockledger_projection_lag_events", "projection", projection))
                        .as("%s caught up", projection).isZero();
                assertThat(gauge(now, "stockledger_projection_lag_seconds", "projection", projection))
                        .as("%s caught up", projection).isZero();
            }
            Long open = jdbc.queryForObject("SELECT count(*) FROM reservation WHERE status = 'RESERVED'", Long.class);
            assertThat(gauge(now, "stockledger_reservations_open")).as("the reservations table's count")
                    .isEqualTo(open.doubleValue()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void givenEventsNotYetPassedThenTheLagInSecondsIsTheAgeOfTheOldest() {
        String wh = newWarehouse();
        api.warehouse(wh);
        api.receive(newSku(), wh, 1);
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        Instant recorded = Instant.parse(jdbc.queryForObject(
                "SELECT time_stamp FROM domain_event_entry WHERE global_index = ?", String.class, head));
        Instant later = recorded.plusSeconds(90);

        assertThat(lagMetrics.secondsBehind(head - 1, later)).as("one event behind, recorded 90 s before")
                .isCloseTo(90, within(0.001));
        assertThat(lagMetrics.secondsBehind(head, later)).as("nothing left to pass").isZero();
    }

    @Test
    void givenAHoldThatRunsOutThenTheExpiryIsCounted() {
        String wh = newWarehouse();
        String sku = newSku();
        api.warehouse(wh);
        api.receive(sku, wh, 5);
        double expired = gauge(scrape(), "stockledger_reservations_expired_total");
        Response placed = api.post("/api/v1/reservations", order("SO-OBS3-" + sku, sku, wh, 2, 1));
        assertThat(placed.status()).isEqualTo(201);
        String id = placed.body().path("reservationId").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/v1/reservations/" + id).body().path("status").asText()).isEqualTo("EXPIRED"));
        assertThat(gauge(scrape(), "stockledger_reservations_expired_total")).isGreaterThanOrEqualTo(expired + 1);
        assertThat(value(scrape(), "stockledger_commands_seconds_count", "command", "ExpireReservation",
                "outcome", "success")).isPositive();
    }

    @Test
    void givenTheOtherEndpointsThenInfoAndMetricsAnswer() {
        Response info = api.get("/actuator/info");
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.body().path("build").path("artifact").asText()).isEqualTo("inventory-api");
        Response metrics = api.get("/actuator/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        metrics.body().path("names").forEach(n -> names.add(n.asText()));
        assertThat(names).contains("stockledger.projection.lag.events", "stockledger.reservations.open",
                "stockledger.reservations.expired");
    }

    private List<String> projectionNames() {
        List<String> names = new ArrayList<>();
        api.get("/api/v1/admin/projections").body().forEach(p -> names.add(p.path("name").asText()));
        assertThat(names).contains("stock-levels", "movements", "reservations", "transfers");
        return names;
    }

    private static String order(String orderId, String sku, String warehouse, int quantity, int ttlSeconds) {
        return "{\"orderId\":\"" + orderId + "\",\"ttlSeconds\":" + ttlSeconds + ",\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":" + quantity + ",\"warehouse\":\"" + warehouse + "\"}]}";
    }

    /** @return the samples of {@code /actuator/prometheus} */
    private List<Sample> scrape() {
        ApiClient.Text text = api.text("/actuator/prometheus");
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.contentType()).startsWith("text/plain");
        List<Sample> samples = new ArrayList<>();
        for (String line : text.body().split("\n")) {
            Matcher m = LINE.matcher(line);
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            Map<String, String> labels = new HashMap<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
        return samples;
    }

    /** @return the samples of a metric whose labels include the given pairs */
    private static List<Sample> find(List<Sample> samples, String name, String... labels) {
        return samples.stream().filter(s -> s.name().equals(name)).filter(s -> {
            for (int i = 0; i < labels.length; i += 2) {
                if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** @return the value of the one matching sample, which must be there (a gauge, or a counter from the start) */
    private static double gauge(List<Sample> samples, String name, String... labels) {
        List<Sample> found = find(samples, name, labels);
        assertThat(found).as("%s %s", name, List.of(labels)).hasSize(1);
        return found.get(0).value();
    }

    /** @return the value of the one matching sample, 0 when there is none yet (a counter not yet incremented) */
    private static double value(List<Sample> samples, String name, String... labels) {
        List<Sample> found = find(samples, name, labels);
        assertThat(found).as("%s %s", name, List.of(labels)).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? 0 : found.get(0).value();
    }
}
