package io.stockledger.inventory.api.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the command metrics into Axon: {@link CommandMetrics} becomes the command bus's message monitor,
 * so every command is timed wherever it comes from (HTTP requests, the expiry sweep, imports).
 * The other meters and the health indicator are components of this package.
 */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfig {

    /** @return the timer of commands by type and outcome */
    @Bean
    public CommandMetrics commandMetrics(MeterRegistry registry) {
        return new CommandMetrics(registry);
    }

    /** @return the module that makes {@link CommandMetrics} the command bus's monitor */
    @Bean
    public ConfigurerModule commandMetricsModule(CommandMetrics metrics) {
        return configurer -> configurer.configureMessageMonitor(CommandBus.class, configuration -> metrics);
    }
}
