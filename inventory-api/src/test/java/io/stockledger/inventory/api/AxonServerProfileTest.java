package io.stockledger.inventory.api;

import io.stockledger.inventory.api.admin.Projections;
import io.stockledger.inventory.api.audit.AuditLog;
import io.stockledger.inventory.api.eventstore.PromptlyPolledEventSource;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Spring profile {@code axonserver} builds its application context without any Axon Server (none can run
 * on the build machines): Axon Server's event store, command bus and query bus are used, the PostgreSQL
 * event store's beans do not exist, and the calls that read that store directly answer 501. The connector
 * connects in the background, so pointing it at a port where nothing listens ({@code localhost:1}) does not
 * block the start. PostgreSQL (the embedded default) still holds tokens and projections.
 *
 * <p>One thing does need the server at start: a pooled processor whose tokens do not exist yet asks its source
 * for the head position (Axon's default initial token) while starting, and the start fails after a few tries
 * when Axon Server cannot be reached (in docker-compose.yml the service waits for Axon Server to be healthy).
 * Here the processors' initial token is the beginning of the stream instead ({@link NoServerAtStart}), which
 * needs no call; they then keep trying to open their streams in the background.
 */
@SpringBootTest(properties = {
        "axon.axonserver.servers=localhost:1",
        "stockledger.embedded.data-dir=target/axonserver-profile-postgres",
        "stockledger.embedded.clean=true",
        "stockledger.security.admin-key=" + AxonServerProfileTest.ADMIN_KEY,
        "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:security/jwt-test-public.pem",
        "spring.security.oauth2.resourceserver.jwt.audiences=stockledger"})
@ActiveProfiles("axonserver")
@AutoConfigureMockMvc
class AxonServerProfileTest {

    static final String ADMIN_KEY = "axonserver-profile-admin-key-0123";

    /** Initial tokens that need no call to Axon Server (the test has none). */
    @TestConfiguration
    static class NoServerAtStart {

        @Bean
        ConfigurerModule initialTokensWithoutServer() {
            return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                    (config, builder) -> builder.initialToken(source -> null));
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    void givenAxonServerProfileWhenContextBuiltThenAxonServerIsEventStoreAndRouter() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
        Configuration axon = context.getBean(Configuration.class);
        assertThat(axon.eventStore()).isInstanceOf(AxonServerEventStore.class);
        assertThat(axon.eventBus()).isSameAs(axon.eventStore());
        assertThat(context.getBean(TokenStore.class)).as("tokens stay in PostgreSQL").isInstanceOf(JdbcTokenStore.class);
    }

    @Test
    void givenAxonServerProfileWhenContextBuiltThenNoJdbcEventStoreBeans() {
        assertThat(context.getBeansOfType(EventStorageEngine.class)).isEmpty();
        assertThat(context.getBeansOfType(EmbeddedEventStore.class)).isEmpty();
        assertThat(context.getBeansOfType(PromptlyPolledEventSource.class)).isEmpty();
        assertThat(context.getBeansOfType(AuditLog.class)).isEmpty();
        assertThat(context.containsBean("eventStorageEngine")).isFalse();
        assertThat(context.getBean("projectionEventSource")).isNotInstanceOf(EventStore.class);
        assertThat(context.getBeansOfType(EventStore.class)).hasSize(1);
        assertThat(context.getBean(Projections.class)).isNotNull();
    }

    @Test
    void givenAxonServerProfileWhenContextBuiltThenProjectionsArePooledProcessors() {
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        for (String name : new String[]{"stock-levels", "movements", "reservations", "transfers", "demand", "alerts",
                "valuation"}) {
            assertThat(processing.eventProcessor(name)).as(name).get().isInstanceOf(PooledStreamingEventProcessor.class);
        }
    }

    @Test
    void givenAxonServerProfileWhenAuditLogOrReconciliationCalledThen501Problem() throws Exception {
        mvc.perform(get("/api/v1/audit/events").header("X-Api-Key", ADMIN_KEY))
                .andExpect(status().isNotImplemented())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("/problems/not-available"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Axon Server")));
        mvc.perform(get("/api/v1/audit/events/export").header("X-Api-Key", ADMIN_KEY)
                        .accept("application/x-ndjson"))
                .andExpect(status().isNotImplemented());
        mvc.perform(post("/api/v1/admin/reconciliation").header("X-Api-Key", ADMIN_KEY))
                .andExpect(status().isNotImplemented())
                .andExpect(jsonPath("$.type").value("/problems/not-available"));
    }
}
