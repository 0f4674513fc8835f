package io.stockledger.inventory.api.observability;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.stockledger.inventory.api.admin.ProjectionStatus;
import io.stockledger.inventory.api.admin.Projections;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The lag gauges: events from the status, seconds from the oldest event not passed, NaN where unknown. */
class ProjectionLagMetricsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final Projections projections = mock(Projections.class);
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ProjectionLagMetrics metrics = new ProjectionLagMetrics(projections, jdbc,
            Clock.fixed(NOW, ZoneOffset.UTC), registry);

    private static StreamingEventProcessor processor(int segments) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        Map<Integer, EventTrackerStatus> status = segments == 0 ? Map.of() : Map.of(0, mock(EventTrackerStatus.class));
        when(processor.processingStatus()).thenReturn(status);
        return processor;
    }

    private double gauge(String name, String projection) {
        return registry.get(name).tag("projection", projection).gauge().value();
    }

    @Test
    void givenLaggingCaughtUpAndForeignProjectionsThenEventsSecondsOrNaN() {
        when(projections.status()).thenReturn(List.of(
                new ProjectionStatus("movements", true, false, 41, 50, 9),
                new ProjectionStatus("stock-levels", true, false, 50, 50, 0),
                new ProjectionStatus("transfers", true, false, -1, 50, 51)));
        Map<String, StreamingEventProcessor> processors = Map.of("movements", processor(2),
                "stock-levels", processor(2), "transfers", processor(0));
        when(projections.processors()).thenReturn(processors);
        when(jdbc.queryForList(anyString(), eq(String.class), eq(41L)))
                .thenReturn(List.of("2026-11-21T09:59:47.500Z"));

        metrics.refresh();

        assertThat(gauge(ProjectionLagMetrics.EVENTS, "movements")).isEqualTo(9);
        assertThat(gauge(ProjectionLagMetrics.SECONDS, "movements")).as("oldest event not passed, 12.5 s old")
                .isEqualTo(12.5);
        assertThat(gauge(ProjectionLagMetrics.EVENTS, "stock-levels")).isZero();
        assertThat(gauge(ProjectionLagMetrics.SECONDS, "stock-levels")).isZero();
        assertThat(gauge(ProjectionLagMetrics.EVENTS, "transfers")).as("no segment here").isNaN();
        assertThat(gauge(ProjectionLagMetrics.SECONDS, "transfers")).isNaN();
    }

    @Test
    void givenTheStatusUnreadableThenEveryGaugeIsNaNUntilTheNextSample() {
        when(projections.status()).thenReturn(List.of(new ProjectionStatus("movements", true, false, 50, 50, 0)));
        Map<String, StreamingEventProcessor> processors = Map.of("movements", processor(1));
        when(projections.processors()).thenReturn(processors);
        metrics.refresh();
        assertThat(gauge(ProjectionLagMetrics.EVENTS, "movements")).isZero();

        when(projections.status()).thenThrow(new DataAccessResourceFailureException("database down"));
        metrics.refresh();
        assertThat(gauge(ProjectionLagMetrics.EVENTS, "movements")).isNaN();
        assertThat(gauge(ProjectionLagMetrics.SECONDS, "movements")).isNaN();
    }
}
