package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockledger.inventory.api.ApiClient.Response;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Demand forecasts through HTTP: ten weeks of back-dated shipments with a weekly pattern and a return, fed
 * through the daily demand projection, forecast per warehouse and over all warehouses; every event delivered
 * twice, and a rebuild; a SKU without demand; refusals.
 */
class ForecastHttpIT extends ServiceIT {

    /** Units shipped per weekday: Thursday busiest, Saturday quietest; 96 a week. */
    private static final Map<DayOfWeek, Long> WEEK = Map.of(DayOfWeek.MONDAY, 10L, DayOfWeek.TUESDAY, 12L,
            DayOfWeek.WEDNESDAY, 14L, DayOfWeek.THURSDAY, 30L, DayOfWeek.FRIDAY, 16L, DayOfWeek.SATURDAY, 6L,
            DayOfWeek.SUNDAY, 8L);
    private static final int WEEKS = 10;

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenTenWeeksOfAWeeklyPatternWhenForecastThenSeasonalSmoothingRepeatsItAndTheReorderPointCoversTheLeadTime() {
        String wh = newWarehouse(), other = newWarehouse();
        api.warehouse(wh);
        api.warehouse(other);
        String sku = newSku();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(7L * WEEKS);
        receive(sku, wh, 5000, at(first.minusDays(1), 8));
        receive(sku, other, 100, at(first.minusDays(1), 8));
        Response policy = api.put("/api/v1/stock/" + sku + "/" + wh + "/policy", "{\"reorderPoint\":50,"
                + "\"reorderQuantity\":200,\"safetyStock\":10,\"maxStock\":100000,\"leadTimeDays\":5}");
        assertThat(policy.status()).isEqualTo(200);

        long shipped = 0;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            long units = WEEK.get(day.getDayOfWeek());
            ship(sku, wh, units, day);
            shipped += units;
        }
        LocalDate returnDay = today.minusDays(30);
        Response returned = api.post("/api/v1/stock/returns", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":4,\"condition\":\"SELLABLE\",\"occurredAt\":\"" + at(returnDay, 15) + "\"}");
        assertThat(returned.status()).isEqualTo(200);
        ship(sku, other, 3, today.minusDays(2));
        long demand = shipped - 4;
        long available = 5000 - shipped + 4;

        JsonNode answer = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/v1/forecasts/" + sku + "?warehouse=" + wh).body(),
                body -> body.path("history").path("units").asLong() == demand
                        && body.path("reorder").path("position").asLong() == available);

        assertThat(answer.path("sku").asText()).isEqualTo(sku);
        assertThat(answer.path("warehouse").asText()).isEqualTo(wh);
        assertThat(answer.path("method").asText()).isEqualTo("ETS(A,N,A)");
        assertThat(answer.path("history").path("from").asText()).isEqualTo(first.toString());
        assertThat(answer.path("history").path("to").asText()).isEqualTo(today.minusDays(1).toString());
        JsonNode forecast = answer.path("forecast");
        assertThat(forecast).hasSize(28);
        List<Double> thursdays = new ArrayList<>();
        List<Double> saturdays = new ArrayList<>();
        double total = 0;
        for (int h = 0; h < 28; h++) {
            JsonNode point = forecast.get(h);
            LocalDate date = LocalDate.parse(point.path("date").asText());
            assertThat(date).isEqualTo(today.plusDays(h));
            double expected = point.path("demand").asDouble();
            assertThat(point.path("lower").asDouble()).isLessThanOrEqualTo(expected);
            assertThat(point.path("upper").asDouble()).isGreaterThanOrEqualTo(expected);
            if (date.getDayOfWeek() == DayOfWeek.THURSDAY) {
                thursdays.add(expected);
            } else if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                saturdays.add(expected);
            }
            total += expected;
        }
        assertThat(thursdays).hasSize(4).allSatisfy(d -> assertThat(d).isCloseTo(30, within(2.0)));
        assertThat(saturdays).hasSize(4).allSatisfy(d -> assertThat(d).isCloseTo(6, within(2.0)));
        assertThat(total / 28).as("mean daily forecast against the pattern's 96/7").isCloseTo(96 / 7.0, within(1.0));

        JsonNode reorder = answer.path("reorder");
        double leadTimeDemand = 0;
        for (int h = 0; h < 5; h++) {
            leadTimeDemand += forecast.get(h).path("demand").asDouble();
        }
        assertThat(reorder.path("leadTimeDays").asInt()).isEqualTo(5);
        assertThat((double) reorder.path("leadTimeDemand").asLong()).as("the 5 days' demand, rounded up")
                .isBetween(leadTimeDemand - 0.01, leadTimeDemand + 1.01);
        assertThat(reorder.path("reorderPoint").asLong())
                .isEqualTo(reorder.path("leadTimeDemand").asLong() + reorder.path("safetyStock").asLong())
                .isGreaterThanOrEqualTo((long) Math.floor(leadTimeDemand));
        assertThat(reorder.path("safetyStock").asLong()).as("the return makes the errors non-zero").isPositive();
        assertThat(reorder.path("quantity").asLong()).as("thousands available, far above the reorder point").isZero();
        assertThat(reorder.path("daysOfCover").asDouble()).isCloseTo(available / (total / 28), within(1.0));

        JsonNode all = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/v1/forecasts/" + sku + "?horizonDays=7&serviceLevel=0.8").body(),
                body -> body.path("history").path("units").asLong() == demand + 3
                        && body.path("reorder").path("position").asLong() == available + 100 - 3);
        assertThat(all.has("warehouse")).isTrue();
        assertThat(all.path("warehouse").isNull()).isTrue();
        assertThat(all.path("forecast")).hasSize(7);
        assertThat(all.path("serviceLevel").asDouble()).isEqualTo(0.8);
        assertThat(all.path("reorder").path("leadTimeDays").asInt()).as("the policy of the one that has one").isEqualTo(5);
    }

    @Test
    void givenTheDemandProjectionHandlesEveryEventAgainWhenForecastThenNothingIsCountedTwice() throws Exception {
        String wh = newWarehouse();
        api.warehouse(wh);
        String sku = newSku();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        receive(sku, wh, 100, at(today.minusDays(3), 8));
        ship(sku, wh, 3, today.minusDays(2));
        ship(sku, wh, 5, today.minusDays(1));
        Response returned = api.post("/api/v1/stock/returns", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":1,\"condition\":\"DAMAGED\",\"occurredAt\":\"" + at(today.minusDays(1), 15) + "\"}");
        assertThat(returned.status()).isEqualTo(200);
        awaitDemand(sku, wh, 3 + 5 - 1);

        // Without its tokens the processor starts again from the first event: every shipment and return of
        // the store is delivered a second time, over rows that were not reset.
        StreamingEventProcessor demand = processing.eventProcessor("demand", StreamingEventProcessor.class).orElseThrow();
        demand.shutdownAsync().get(60, TimeUnit.SECONDS);
        try {
            assertThat(jdbc.update("DELETE FROM token_entry WHERE processor_name = 'demand'")).isPositive();
        } finally {
            demand.start();
        }
        ship(sku, wh, 2, today.minusDays(1));

        awaitDemand(sku, wh, 3 + 5 + 2 - 1);
        assertThat(jdbc.query("SELECT day, shipped, returned FROM daily_demand WHERE sku = ? ORDER BY day",
                (rs, i) -> List.of(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3)), sku))
                .containsExactly(List.of(today.minusDays(2), 3L, 0L), List.of(today.minusDays(1), 7L, 1L));

        // A rebuild empties the tables and counts every event once again.
        assertThat(api.post("/api/v1/admin/projections/demand/rebuild", null).status()).isEqualTo(202);
        awaitDemand(sku, wh, 3 + 5 + 2 - 1);
    }

    @Test
    void givenAStockItemWithoutDemandWhenForecastThenTheFallbackForecastsZeroAndSuggestsNothing() {
        String wh = newWarehouse();
        api.warehouse(wh);
        String sku = newSku();
        api.receive(sku, wh, 40);

        JsonNode answer = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/v1/forecasts/" + sku + "?warehouse=" + wh + "&horizonDays=10"),
                r -> r.status() == 200).body();

        assertThat(answer.path("method").asText()).isEqualTo("Mean");
        assertThat(answer.path("history").path("from").isNull()).isTrue();
        assertThat(answer.path("history").path("units").asLong()).isZero();
        assertThat(answer.path("forecast")).hasSize(10).allSatisfy(point -> {
            assertThat(point.path("demand").asDouble()).isZero();
            assertThat(point.path("upper").asDouble()).isZero();
        });
        JsonNode reorder = answer.path("reorder");
        assertThat(reorder.path("leadTimeDays").asInt()).as("the default without a policy").isEqualTo(7);
        assertThat(reorder.path("reorderPoint").asLong()).isZero();
        assertThat(reorder.path("quantity").asLong()).isZero();
        assertThat(reorder.path("daysOfCover").isNull()).isTrue();
        assertThat(reorder.path("position").asLong()).isEqualTo(40);
    }

    @Test
    void givenUnknownOrMalformedInputWhenForecastThenProblems() {
        String wh = newWarehouse(), empty = newWarehouse();
        api.warehouse(wh);
        api.warehouse(empty);
        String sku = newSku();
        api.receive(sku, wh, 5);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/forecasts/" + sku).status() == 200);

        assertProblem(api.get("/api/v1/forecasts/" + newSku()), 404, "/problems/unknown-sku");
        assertProblem(api.get("/api/v1/forecasts/" + sku + "?warehouse=" + empty), 404, "/problems/unknown-sku");
        assertProblem(api.get("/api/v1/forecasts/" + sku + "?warehouse=NOPE-" + wh), 404, "/problems/unknown-warehouse");
        for (String query : List.of("?horizonDays=0", "?horizonDays=366", "?horizonDays=abc", "?horizonDays=2.5",
                "?serviceLevel=1", "?serviceLevel=0.4", "?serviceLevel=NaN", "?serviceLevel=high",
                "?warehouse=lower-case", "?warehouse=")) {
            assertProblem(api.get("/api/v1/forecasts/" + sku + query), 400, "/problems/invalid-request");
        }
        assertProblem(api.get("/api/v1/forecasts/bad%20sku"), 400, "/problems/invalid-request");
    }

    /** Waits until the forecast's history holds {@code units} of demand, then checks it stays there. */
    private void awaitDemand(String sku, String wh, long units) {
        String path = "/api/v1/forecasts/" + sku + "?warehouse=" + wh;
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get(path).body().path("history").path("units").asLong() >= units);
        assertThat(api.get(path).body().path("history").path("units").asLong()).isEqualTo(units);
    }

    private void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.problemType()).isEqualTo(type);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private void receive(String sku, String wh, long units, Instant at) {
        Response r = api.post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":" + units + ",\"occurredAt\":\"" + at + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** Reserves and ships {@code units} on {@code day}, at 10:00 and 11:00 UTC. */
    private void ship(String sku, String wh, long units, LocalDate day) {
        Response placed = api.post("/api/v1/reservations", "{\"orderId\":\"SO-" + sku + "-" + wh + "-" + day
                + "\",\"ttlSeconds\":0,\"occurredAt\":\"" + at(day, 10) + "\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"warehouse\":\"" + wh + "\",\"quantity\":" + units + "}]}");
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        Response shipped = api.post("/api/v1/reservations/" + placed.body().path("reservationId").asText() + "/ship",
                "{\"occurredAt\":\"" + at(day, 11) + "\"}");
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC);
    }
}
