package io.stockledger.inventory.api.reservation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.reservation.ExpireReservation;
import io.stockledger.inventory.command.reservation.ReservationStatus;
import io.stockledger.inventory.command.reservation.ReservationView;
import io.stockledger.inventory.query.reservation.ExpiredReservations;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Releases holds whose time has run out. Every {@code stockledger.reservations.expiry-interval} (default
 * 1 s) it asks the reservations projection for open reservations due at or before now and sends each an
 * {@link ExpireReservation}; the reservation aggregate expires it only if it is still open and due, so
 * the sweep is safe to run on every instance, any number of times. Because the due times live in
 * PostgreSQL, holds that fell due while the service was down are released by the first sweep after start
 * (docs/reservations.md compares this with a persisted deadline manager). Each hold it expires adds one
 * to the counter {@value #EXPIRED} (Prometheus {@code stockledger_reservations_expired_total}).
 */
@Component
public class ReservationExpiry {

    private static final Logger log = LoggerFactory.getLogger(ReservationExpiry.class);
    private static final int BATCH = 1000;
    /** The counter of reservations expired by the sweep. */
    public static final String EXPIRED = "stockledger.reservations.expired";

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;
    private final Counter expired;

    ReservationExpiry(QueryGateway queries, CommandGateway commands, Clock clock, MeterRegistry registry) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.expired = Counter.builder(EXPIRED).description("Reservations whose hold ran out and was released")
                .register(registry);
    }

    /**
     * One sweep: expires up to {@value #BATCH} due reservations, soonest first. (The projection learns of
     * an expiry a moment later, so a sweep never loops on its own answers; the next sweep takes the rest.)
     * A reservation counts as expired when the answer says {@code EXPIRED}; one that another instance's
     * sweep expired a moment before, unseen by the projection yet, is counted by both.
     */
    @Scheduled(fixedDelayString = "${stockledger.reservations.expiry-interval:PT1S}",
            initialDelayString = "${stockledger.reservations.expiry-interval:PT1S}")
    public void sweep() {
        Instant now = clock.instant();
        List<String> due = queries.query(new ExpiredReservations(now, BATCH),
                ResponseTypes.multipleInstancesOf(String.class)).join();
        for (String id : due) {
            try {
                ReservationView answer = commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new ExpireReservation(new ReservationId(id), now)).andMetaData(MetaData.from(Map.of(
                        "actor", "system:expiry", "correlationId", UUID.randomUUID().toString()))));
                if (answer != null && answer.status() == ReservationStatus.EXPIRED) {
                    expired.increment();
                }
            } catch (RuntimeException e) {
                log.warn("could not expire reservation {}; the next sweep retries", id, e);
            }
        }
    }
}
