package io.stockledger.inventory.api.config;

import io.stockledger.inventory.api.eventstore.EventStoreSource;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What changes when Axon Server is the event store and message router (Spring profile {@code axonserver},
 * {@code application-axonserver.yml}). Axon's auto-configuration then provides the Axon Server event store,
 * command bus and query bus, and {@link AxonConfig}'s JDBC event store is not created
 * ({@link ConditionalOnJdbcEventStore}). The processors' token store, the projections and every other table
 * stay in PostgreSQL. See docs/operations.md, "The axonserver profile".
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnAxonServer
public class AxonServerConfig {

    /**
     * The pooled projection processors read {@code projectionEventSource} ({@code application.yml}): with Axon
     * Server it is Axon Server's event store itself, whose streams announce new events, so no polling is added.
     */
    @Bean
    public StreamableMessageSource<TrackedEventMessage<?>> projectionEventSource(EventStore eventStore) {
        return new EventStoreSource(eventStore);
    }
}
