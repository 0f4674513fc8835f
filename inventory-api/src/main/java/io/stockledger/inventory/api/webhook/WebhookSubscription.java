package io.stockledger.inventory.api.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * A webhook subscription as the API shows it.
 *
 * @param id        its id
 * @param url       where deliveries are POSTed
 * @param events    the message types delivered
 * @param secret    the signing secret: only in the answer that created the subscription
 * @param createdAt when it was created
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookSubscription(String id, String url, List<String> events, String secret, Instant createdAt) {

    /** @return the same without the secret */
    public WebhookSubscription withoutSecret() {
        return new WebhookSubscription(id, url, events, null, createdAt);
    }
}
