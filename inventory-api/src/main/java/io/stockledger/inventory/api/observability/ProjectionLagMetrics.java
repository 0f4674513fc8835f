package io.stockledger.inventory.api.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.stockledger.inventory.api.admin.ProjectionStatus;
import io.stockledger.inventory.api.admin.Projections;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each streaming projection is behind the event store, as gauges tagged {@code projection}:
 * {@value #EVENTS} (events recorded but not yet passed, from {@link Projections#status()}) and
 * {@value #SECONDS} (now − recording time of the oldest event not yet passed, in seconds; 0 when caught
 * up). Both are NaN while this instance processes no segment of the projection (stopped, or every
 * segment held by another instance, which reports it). Refreshed every
 * {@code stockledger.metrics.refresh-interval} (default 5 s): one head query plus one primary-key lookup
 * per lagging projection, never on the scrape itself.
 */
@Component
public class ProjectionLagMetrics {

    /** Lag in events. */
    public static final String EVENTS = "stockledger.projection.lag.events";
    /** Lag in seconds. */
    public static final String SECONDS = "stockledger.projection.lag.seconds";

    private static final Logger log = LoggerFactory.getLogger(ProjectionLagMetrics.class);

    /** The last sample of one projection; NaN before the first refresh. */
    private static final class Lag {
        volatile double events = Double.NaN;
        volatile double seconds = Double.NaN;
    }

    private final Projections projections;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Map<String, Lag> lags = new ConcurrentHashMap<>();

    ProjectionLagMetrics(Projections projections, JdbcTemplate jdbc, Clock clock, MeterRegistry registry) {
        this.projections = projections;
        this.jdbc = jdbc;
        this.clock = clock;
        this.registry = registry;
    }

    /**
     * Samples every projection; registers the gauges of a projection on its first sample. When the status
     * cannot be read (database or Axon Server unreachable) every gauge becomes NaN until the next sample.
     */
    @Scheduled(initialDelay = 0, fixedDelayString = "${stockledger.metrics.refresh-interval:PT5S}")
    public void refresh() {
        List<ProjectionStatus> statuses;
        try {
            statuses = projections.status();
        } catch (RuntimeException e) {
            log.warn("projection lag not sampled: {}", e.toString());
            lags.values().forEach(lag -> {
                lag.events = Double.NaN;
                lag.seconds = Double.NaN;
            });
            return;
        }
        Map<String, StreamingEventProcessor> processors = projections.processors();
        Instant now = clock.instant();
        for (ProjectionStatus status : statuses) {
            Lag lag = lags.computeIfAbsent(status.name(), this::register);
            StreamingEventProcessor processor = processors.get(status.name());
            boolean processedHere = status.rebuilding()
                    || (processor != null && !processor.processingStatus().isEmpty());
            if (!processedHere) {
                lag.events = Double.NaN;
                lag.seconds = Double.NaN;
            } else {
                lag.events = status.lag();
                lag.seconds = status.lag() == 0 ? 0 : secondsBehindOrNaN(status.position(), now);
            }
        }
    }

    /**
     * @param position the global sequence of the last event passed
     * @param now      the time of the sample
     * @return seconds since the first event after {@code position} was recorded, 0 if there is none
     */
    public double secondsBehind(long position, Instant now) {
        List<String> recorded = jdbc.queryForList("SELECT time_stamp FROM domain_event_entry WHERE global_index > ? "
                + "ORDER BY global_index LIMIT 1", String.class, position);
        if (recorded.isEmpty()) {
            return 0;
        }
        return Math.max(0, Duration.between(Instant.parse(recorded.get(0)), now).toNanos() / 1e9);
    }

    private double secondsBehindOrNaN(long position, Instant now) {
        try {
            return secondsBehind(position, now);
        } catch (DataAccessException | DateTimeParseException e) {
            log.warn("could not read the recording time after position {}: {}", position, e.toString());
            return Double.NaN;
        }
    }

    private Lag register(String projection) {
        Lag lag = new Lag();
        Gauge.builder(EVENTS, lag, l -> l.events).tag("projection", projection)
                .description("Events recorded that the projection has not passed yet").register(registry);
        Gauge.builder(SECONDS, lag, l -> l.seconds).tag("projection", projection).baseUnit("seconds")
                .description("Age of the oldest event the projection has not passed yet; 0 when caught up")
                .register(registry);
        return lag;
    }
}
