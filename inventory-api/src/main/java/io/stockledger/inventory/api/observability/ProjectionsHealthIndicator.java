package io.stockledger.inventory.api.observability;

import io.stockledger.inventory.api.admin.ProjectionStatus;
import io.stockledger.inventory.api.admin.Projections;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Health component {@code projections}, part of the readiness group: {@code DOWN} when a streaming
 * projection's processor is stopped or in error, {@code OUT_OF_SERVICE} when one is more than
 * {@code stockledger.health.max-projection-lag-events} (default 100,000) events behind the event store
 * (after a bulk import, or while rebuilding), else {@code UP}; details per projection
 * ({@link ProjectionHealth}). Both non-UP states answer 503 on {@code /actuator/health/readiness}.
 */
@Component
public class ProjectionsHealthIndicator extends AbstractHealthIndicator {

    private final Projections projections;
    private final long maxLagEvents;

    /**
     * @param projections  the projections' processors
     * @param maxLagEvents the most events a projection may be behind and the service still be ready
     */
    public ProjectionsHealthIndicator(Projections projections,
                                      @Value("${stockledger.health.max-projection-lag-events:100000}") long maxLagEvents) {
        super("projection status unavailable");
        this.projections = projections;
        this.maxLagEvents = maxLagEvents;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<ProjectionStatus> statuses = projections.status();
        Map<String, StreamingEventProcessor> processors = projections.processors();
        Status worst = Status.UP;
        for (ProjectionStatus status : statuses) {
            StreamingEventProcessor processor = processors.get(status.name());
            Collection<EventTrackerStatus> segments = processor == null ? List.of()
                    : processor.processingStatus().values();
            String error = segments.stream().filter(EventTrackerStatus::isErrorState)
                    .map(s -> Objects.toString(s.getError(), "unknown error")).findFirst().orElse(null);
            ProjectionHealth health = ProjectionHealth.judge(status, segments.size(), error, maxLagEvents);
            builder.withDetail(status.name(), health.details());
            worst = worse(worst, health.status());
        }
        builder.status(worst).withDetail("maxLagEvents", maxLagEvents);
    }

    /** @return the worse of two statuses: DOWN, then OUT_OF_SERVICE, then UP */
    static Status worse(Status a, Status b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Status status) {
        if (Status.DOWN.equals(status)) {
            return 2;
        }
        return Status.OUT_OF_SERVICE.equals(status) ? 1 : 0;
    }
}
