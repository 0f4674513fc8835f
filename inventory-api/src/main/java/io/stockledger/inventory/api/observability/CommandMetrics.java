package io.stockledger.inventory.api.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.Timer;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

import java.time.Duration;

/**
 * Times every command the command bus handles: the Micrometer timer {@value #TIMER} (Prometheus
 * {@code stockledger_commands_seconds_count|sum|max|bucket}), tagged {@code command} (the payload's simple
 * class name, e.g. {@code PlaceReservation}) and {@code outcome} ({@link CommandOutcome}: {@code success},
 * or the refusal's problem type name such as {@code insufficient-stock}). The time runs from dispatch to
 * the answer, the unit of work's commit included. Registered as the command bus's message monitor
 * ({@code ObservabilityConfig}), so it sees each dispatch once: a command the gateway retries after a
 * write conflict counts once per attempt, the conflicting attempts as {@code try-again}.
 */
public class CommandMetrics implements MessageMonitor<Message<?>> {

    /** The timer's name. */
    public static final String TIMER = "stockledger.commands";

    private final MeterRegistry registry;
    private final MeterProvider<Timer> timers;

    /** @param registry where the timer is registered */
    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.timers = Timer.builder(TIMER)
                .description("Commands handled, by command type and outcome, from dispatch to answer")
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
                        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5))
                .withRegistry(registry);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        Timer.Sample sample = Timer.start(registry);
        String command = message.getPayloadType().getSimpleName();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                sample.stop(timers.withTags("command", command, "outcome", CommandOutcome.SUCCESS));
            }

            @Override
            public void reportFailure(Throwable cause) {
                sample.stop(timers.withTags("command", command, "outcome", CommandOutcome.of(cause)));
            }

            @Override
            public void reportIgnored() {
                sample.stop(timers.withTags("command", command, "outcome", "ignored"));
            }
        };
    }
}
