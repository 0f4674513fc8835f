package io.stockledger.inventory.query.common;

import java.sql.Timestamp;
import java.time.Instant;

/** Conversions between {@link Instant} and JDBC timestamps, null-safe. */
public final class Timestamps {

    private Timestamps() {
    }

    /** @return the instant as a JDBC timestamp, or {@code null} */
    public static Timestamp of(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** @return the JDBC timestamp as an instant, or {@code null} */
    public static Instant of(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
