package io.stockledger.inventory.api.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookBackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(10));

    @Test
    void doublesFromOneSecondUpToTenMinutes() {
        long[] expected = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 600, 600};
        for (int failures = 1; failures <= expected.length; failures++) {
            assertThat(backoff.delay(failures, 0.5)).as("after %d failures", failures)
                    .isEqualTo(Duration.ofSeconds(expected[failures - 1]));
        }
        assertThat(backoff.delay(1000, 0.5)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void jitterStaysWithinTwentyPercentAndTheCap() {
        assertThat(backoff.delay(3, 0.0)).isEqualTo(Duration.ofMillis(3200));
        assertThat(backoff.delay(3, 0.999999)).isBetween(Duration.ofMillis(4790), Duration.ofMillis(4800));
        assertThat(backoff.delay(12, 0.999999)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.delay(12, 0.0)).isEqualTo(Duration.ofMinutes(8));
    }
}
