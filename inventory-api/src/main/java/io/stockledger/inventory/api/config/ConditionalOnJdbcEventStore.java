package io.stockledger.inventory.api.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Active when the events live in our own PostgreSQL event store ({@code domain_event_entry}), that is when
 * Axon Server is off: {@code axon.axonserver.enabled=false}, as {@code application.yml} sets it. With the
 * Spring profile {@code axonserver} ({@code axon.axonserver.enabled=true}) Axon Server is the event store and
 * message router, and nothing marked with this is created. Like Axon's own auto-configuration, a missing
 * property means Axon Server, so the JDBC event store never exists beside Axon Server's.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public @interface ConditionalOnJdbcEventStore {
}
