package io.stockledger.inventory.api.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Webhook settings ({@code stockledger.webhooks.*}).
 *
 * @param allowPrivateNetworks allow URLs resolving to loopback, link-local, private, unspecified or multicast
 *                             addresses (off: such URLs are refused, at subscription and at delivery time)
 * @param pollInterval         how often the outbox filler reads new events
 * @param sendInterval         how often the sender looks for due deliveries
 * @param senderThreads        deliveries sent at the same time by one instance
 * @param batchSize            events read per filler round; deliveries claimed per sender round
 * @param connectTimeout       TCP connect timeout of a delivery
 * @param requestTimeout       whole-answer timeout of a delivery
 * @param initialBackoff       wait after the first failed attempt (doubled per attempt, with jitter)
 * @param maxBackoff           longest wait between attempts
 * @param maxAttempts          attempts before a delivery is marked failed
 * @param maxAge               age after which a delivery that still fails is marked failed
 */
@ConfigurationProperties("stockledger.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowPrivateNetworks,
                                @DefaultValue("PT1S") Duration pollInterval,
                                @DefaultValue("PT0.5S") Duration sendInterval,
                                @DefaultValue("4") int senderThreads,
                                @DefaultValue("200") int batchSize,
                                @DefaultValue("PT5S") Duration connectTimeout,
                                @DefaultValue("PT10S") Duration requestTimeout,
                                @DefaultValue("PT1S") Duration initialBackoff,
                                @DefaultValue("PT10M") Duration maxBackoff,
                                @DefaultValue("20") int maxAttempts,
                                @DefaultValue("P1D") Duration maxAge) {
}
