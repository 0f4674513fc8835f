package io.stockledger.inventory.api.webhook;

import java.util.List;

/**
 * Body of {@code POST /api/v1/webhooks}.
 *
 * @param url    absolute http(s) URL to POST to
 * @param events message types: {@code stock-level}, {@code reservation}, {@code alert}
 * @param secret signing secret (16–256 printable characters); generated when absent
 */
public record WebhookRequest(String url, List<String> events, String secret) {
}
