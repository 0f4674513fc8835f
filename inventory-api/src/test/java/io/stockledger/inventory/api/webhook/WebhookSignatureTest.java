package io.stockledger.inventory.api.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    @Test
    void signsWithHmacSha256AsInRfc4231() {
        // RFC 4231, test case 2
        byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.sign("Jefe", body))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void verifiesOnlyTheRightSignature() {
        byte[] body = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign("a-secret-of-16-chars", body);
        assertThat(WebhookSignature.verify("a-secret-of-16-chars", body, signature)).isTrue();
        assertThat(WebhookSignature.verify("another-secret-1234", body, signature)).isFalse();
        assertThat(WebhookSignature.verify("a-secret-of-16-chars", "{\"id\":2}".getBytes(StandardCharsets.UTF_8),
                signature)).isFalse();
        assertThat(WebhookSignature.verify("a-secret-of-16-chars", body, null)).isFalse();
    }
}
