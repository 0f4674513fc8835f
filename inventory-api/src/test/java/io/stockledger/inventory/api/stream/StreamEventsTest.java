package io.stockledger.inventory.api.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockledger.inventory.api.audit.AuditEvent;
import io.stockledger.inventory.api.stream.StreamEvent.StockItemKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StreamEventsTest {

    private final ObjectMapper json = new ObjectMapper();
    private final StreamEvents events = new StreamEvents(json,
            id -> id.equals("R-1") ? List.of(new StockItemKey("A", "DC-1")) : List.of());
    private static final Instant AT = Instant.parse("2026-11-21T10:15:30Z");

    private AuditEvent event(long seq, String aggregateType, String aggregateId, long version, String type,
                             String payload) throws Exception {
        return new AuditEvent(seq, aggregateType, aggregateId, version, type, json.readTree(payload), "x", AT, AT,
                null, null);
    }

    @Test
    void stockEventWithBalancesIsAStockLevel() throws Exception {
        StreamEvent e = events.of(event(41, "StockItem", "A@DC-1", 3, "StockReceived",
                "{\"sku\":\"A\",\"warehouse\":\"DC-1\",\"quantity\":5,\"after\":{\"onHand\":12,\"reserved\":2,"
                        + "\"damaged\":1,\"inTransit\":4}}")).orElseThrow();
        assertThat(e.id()).isEqualTo(41);
        assertThat(e.name()).isEqualTo("stock-level");
        assertThat(e.data().toString()).isEqualTo("{\"sku\":\"A\",\"warehouse\":\"DC-1\",\"onHand\":12,"
                + "\"reserved\":2,\"available\":10,\"inTransit\":4,\"damaged\":1,\"version\":3,"
                + "\"occurredAt\":\"2026-11-21T10:15:30Z\",\"eventType\":\"StockReceived\"}");
        assertThat(e.matches("A", null)).isTrue();
        assertThat(e.matches("A", "DC-1")).isTrue();
        assertThat(e.matches(null, "DC-2")).isFalse();
        assertThat(e.matches("B", null)).isFalse();
    }

    @Test
    void stockEventWithoutBalancesIsNotStreamed() throws Exception {
        assertThat(events.of(event(42, "StockItem", "A@DC-1", 4, "BinAssigned",
                "{\"sku\":\"A\",\"warehouse\":\"DC-1\",\"bin\":\"X\"}"))).isEmpty();
        assertThat(events.of(event(43, "Warehouse", "DC-1", 0, "WarehouseCreated", "{\"code\":\"DC-1\"}")))
                .isEmpty();
    }

    @Test
    void placedReservationIsReservedAndFilteredByItsAllocations() throws Exception {
        StreamEvent e = events.of(event(50, "Reservation", "R-2", 0, "ReservationPlaced",
                "{\"reservationId\":\"R-2\",\"orderId\":\"SO-1\",\"allocations\":[{\"sku\":\"B\","
                        + "\"warehouse\":\"DC-2\",\"quantity\":3}],\"occurredAt\":\"2026-11-21T10:15:30Z\"}"))
                .orElseThrow();
        assertThat(e.name()).isEqualTo("reservation");
        assertThat(e.data().path("reservationId").asText()).isEqualTo("R-2");
        assertThat(e.data().path("orderId").asText()).isEqualTo("SO-1");
        assertThat(e.data().path("status").asText()).isEqualTo("RESERVED");
        assertThat(e.data().path("occurredAt").asText()).isEqualTo("2026-11-21T10:15:30Z");
        assertThat(e.matches("B", "DC-2")).isTrue();
        assertThat(e.matches("A", null)).isFalse();
    }

    @Test
    void endedReservationsTakeTheirStatusAndLookUpTheirAllocations() throws Exception {
        for (String[] c : new String[][]{{"ReservationShipped", "SHIPPED"}, {"ReservationReleased", "RELEASED"},
                {"ReservationExpired", "EXPIRED"}}) {
            StreamEvent e = events.of(event(60, "Reservation", "R-1", 1, c[0],
                    "{\"reservationId\":\"R-1\",\"orderId\":\"SO-9\"}")).orElseThrow();
            assertThat(e.data().path("status").asText()).isEqualTo(c[1]);
            assertThat(e.matches("A", "DC-1")).isTrue();
            assertThat(e.matches(null, "DC-9")).isFalse();
        }
        StreamEvent unknown = events.of(event(61, "Reservation", "R-7", 1, "ReservationShipped",
                "{\"reservationId\":\"R-7\",\"orderId\":\"SO-7\"}")).orElseThrow();
        assertThat(unknown.matches(null, null)).isTrue();
        assertThat(unknown.matches("A", null)).isFalse();
    }

    @Test
    void alertEventsAreAlertsWithTheirIdsAndStatusAndFilteredByTheirStockItem() throws Exception {
        StreamEvent raised = events.of(event(60, "Alert", "a-1", 0, "AlertRaised",
                "{\"alertId\":\"a-1\",\"sku\":\"A\",\"warehouse\":\"DC-1\",\"type\":\"LOW_STOCK\","
                        + "\"available\":4,\"threshold\":5,\"suggestedOrderQuantity\":16}")).orElseThrow();
        assertThat(raised.id()).isEqualTo(60);
        assertThat(raised.name()).isEqualTo("alert");
        assertThat(raised.data().toString()).isEqualTo("{\"id\":\"a-1\",\"type\":\"LOW_STOCK\",\"sku\":\"A\","
                + "\"warehouse\":\"DC-1\",\"status\":\"OPEN\",\"available\":4,\"threshold\":5,"
                + "\"suggestedOrderQuantity\":16,\"raisedAt\":\"2026-11-21T10:15:30Z\","
                + "\"occurredAt\":\"2026-11-21T10:15:30Z\",\"eventType\":\"AlertRaised\"}");
        assertThat(raised.matches("A", "DC-1")).isTrue();
        assertThat(raised.matches("B", null)).isFalse();

        StreamEvent noPolicy = events.of(event(61, "Alert", "a-2", 0, "AlertRaised",
                "{\"alertId\":\"a-2\",\"sku\":\"A\",\"warehouse\":\"DC-1\",\"type\":\"OUT_OF_STOCK\","
                        + "\"available\":0,\"threshold\":0,\"suggestedOrderQuantity\":null}")).orElseThrow();
        assertThat(noPolicy.data().get("suggestedOrderQuantity").isNull()).isTrue();

        StreamEvent acknowledged = events.of(event(62, "Alert", "a-1", 1, "AlertAcknowledged",
                "{\"alertId\":\"a-1\",\"sku\":\"A\",\"warehouse\":\"DC-1\",\"type\":\"LOW_STOCK\"}"))
                .orElseThrow();
        assertThat(acknowledged.data().path("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.data().path("acknowledgedAt").asText()).isEqualTo("2026-11-21T10:15:30Z");

        StreamEvent resolved = events.of(event(63, "Alert", "a-1", 2, "AlertResolved",
                "{\"alertId\":\"a-1\",\"sku\":\"A\",\"warehouse\":\"DC-1\",\"type\":\"LOW_STOCK\","
                        + "\"available\":30}")).orElseThrow();
        assertThat(resolved.id()).isEqualTo(63);
        assertThat(resolved.data().path("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.data().path("available").asLong()).isEqualTo(30);
        assertThat(resolved.data().path("resolvedAt").asText()).isEqualTo("2026-11-21T10:15:30Z");
        assertThat(resolved.matches(null, "DC-2")).isFalse();
    }
}
