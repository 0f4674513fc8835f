package io.stockledger.inventory.api.security;

import java.time.Instant;
import java.util.Set;

/**
 * A registered API key, without its value.
 *
 * @param name      the key's name, also the actor recorded on the events it causes ({@code api-key:<name>})
 * @param roles     what it may do
 * @param createdAt when it was created ({@code null} for keys from configuration)
 * @param source    {@code database}, {@code configuration} or {@code environment}
 */
public record ApiKey(String name, Set<Role> roles, Instant createdAt, String source) {
}
