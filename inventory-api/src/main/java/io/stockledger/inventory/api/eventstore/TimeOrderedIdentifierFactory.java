package io.stockledger.inventory.api.eventstore;

import org.axonframework.common.IdentifierFactory;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Message and event identifiers as time-ordered UUIDs (version 7 layout of RFC 9562: 48 bits of Unix
 * milliseconds, then 74 random bits). Axon's default draws every identifier from {@code SecureRandom},
 * a lock all request threads contend on; these come from each thread's own generator, and being ordered
 * by time they keep the event table's unique index on identifiers append-mostly. Installed through
 * {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public class TimeOrderedIdentifierFactory extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
