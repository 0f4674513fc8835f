package io.stockledger.inventory.api.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Active when Axon Server is the event store and message router ({@code axon.axonserver.enabled} true or
 * unset, as Axon's auto-configuration reads it; the Spring profile {@code axonserver} sets it): the opposite
 * of {@link ConditionalOnJdbcEventStore}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true", matchIfMissing = true)
public @interface ConditionalOnAxonServer {
}
