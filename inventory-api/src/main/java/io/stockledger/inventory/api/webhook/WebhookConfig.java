package io.stockledger.inventory.api.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockledger.inventory.api.audit.AuditLog;
import io.stockledger.inventory.api.config.ConditionalOnJdbcEventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Webhooks: subscriptions, the outbox filler and the sender (see docs/webhooks.md). Only with the PostgreSQL
 * event store, whose events the outbox reads.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnJdbcEventStore
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookConfig {

    private final WebhookProperties properties;
    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final ExecutorService executor;
    private final ScheduledExecutorService scheduler;

    WebhookConfig(WebhookProperties properties, AuditLog events, JdbcTemplate jdbc,
                  PlatformTransactionManager transactionManager, ObjectMapper json) {
        this.properties = properties;
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, properties.senderThreads()), r -> {
            Thread t = new Thread(r, "webhook-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "webhook-scheduler-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        WebhookStore store = new WebhookStore(jdbc);
        this.outbox = new WebhookOutbox(events, jdbc, transactions, store, new WebhookMessages(json), json,
                Math.max(1, properties.batchSize()));
        this.sender = new WebhookSender(jdbc, transactions, urlPolicy(), properties, executor);
    }

    @Bean
    WebhookStore webhookStore(JdbcTemplate jdbc) {
        return new WebhookStore(jdbc);
    }

    @Bean
    WebhookUrlPolicy webhookUrlPolicy() {
        return urlPolicy();
    }

    private WebhookUrlPolicy urlPolicy() {
        return new WebhookUrlPolicy(properties.allowPrivateNetworks());
    }

    /**
     * Starts the filler and the sender once the service is up, on threads of their own (a slow receiver must
     * not hold up the service's other scheduled jobs).
     */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(outbox::poll, 0, properties.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(sender::run, 0, properties.sendInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops the filler and the sender with the context. */
    @jakarta.annotation.PreDestroy
    void stop() {
        scheduler.shutdownNow();
        executor.shutdownNow();
    }
}
