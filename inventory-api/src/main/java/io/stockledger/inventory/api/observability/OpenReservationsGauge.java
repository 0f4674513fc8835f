package io.stockledger.inventory.api.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The gauge {@value #GAUGE}: reservations holding stock now (status {@code RESERVED} in the reservations
 * projection, so as current as that projection), counted every {@code stockledger.metrics.refresh-interval}
 * (default 5 s) with an index-only count, never on the scrape itself. Every instance reports the same
 * number: aggregate with {@code max}, not {@code sum}.
 */
@Component
public class OpenReservationsGauge {

    /** The gauge's name. */
    public static final String GAUGE = "stockledger.reservations.open";

    private static final Logger log = LoggerFactory.getLogger(OpenReservationsGauge.class);

    private final JdbcTemplate jdbc;
    /** The last count; NaN before the first refresh. */
    private volatile double open = Double.NaN;

    OpenReservationsGauge(JdbcTemplate jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder(GAUGE, this, g -> g.open).description("Reservations with status RESERVED").register(registry);
    }

    /** Counts the open reservations; NaN until the next sample when the database cannot be read. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${stockledger.metrics.refresh-interval:PT5S}")
    public void refresh() {
        try {
            Long count = jdbc.queryForObject("SELECT count(*) FROM reservation WHERE status = 'RESERVED'", Long.class);
            open = count == null ? 0 : count;
        } catch (DataAccessException e) {
            log.warn("open reservations not counted: {}", e.toString());
            open = Double.NaN;
        }
    }
}
