package io.stockledger.inventory.api.security;

import io.stockledger.inventory.command.common.InvalidValueException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The API keys the service accepts: the admin key from the environment, keys configured by hash, and keys
 * created through the API (table {@code api_key}, hashes only). Lookups by hash are cached for
 * {@link #CACHE_TTL}; a key revoked on another instance stops working there within that time.
 */
@Component
public class ApiKeyStore {

    /** How long a database lookup is trusted. */
    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, ApiKey> fixed = new HashMap<>();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(ApiKey key, Instant until) {
    }

    /**
     * @param jdbc       the database
     * @param properties the admin key and configured keys
     * @param clock      the clock
     */
    public ApiKeyStore(JdbcTemplate jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        if (properties.adminKey() != null && !properties.adminKey().isBlank()) {
            fixed.put(ApiKeys.hash(properties.adminKey()), new ApiKey("admin", EnumSet.of(Role.ADMIN), null,
                    "environment"));
        }
        for (SecurityProperties.ConfiguredKey key : properties.apiKeys()) {
            if (key.keyHash() == null || !key.keyHash().matches("[0-9a-f]{64}") || key.name() == null
                    || key.roles() == null || key.roles().isEmpty()) {
                throw new IllegalStateException("stockledger.security.api-keys: each key needs a name, roles and "
                        + "key-hash (SHA-256, 64 lower-case hex digits)");
            }
            fixed.put(key.keyHash(), new ApiKey(key.name(), EnumSet.copyOf(key.roles()), null, "configuration"));
        }
    }

    /** @return whether an admin key is given by the environment */
    public boolean adminKeyFromEnvironment() {
        return fixed.values().stream().anyMatch(k -> k.source().equals("environment"));
    }

    /**
     * @param key the key as sent in {@code X-Api-Key}
     * @return the key's registration, empty when unknown or revoked
     */
    public Optional<ApiKey> find(String key) {
        String hash = ApiKeys.hash(key);
        ApiKey known = fixed.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.ofNullable(cached.key());
        }
        List<ApiKey> rows = jdbc.query("SELECT name, roles, created_at FROM api_key WHERE key_hash = ? "
                + "AND revoked_at IS NULL", (rs, i) -> new ApiKey(rs.getString(1), roles(rs.getString(2)),
                rs.getTimestamp(3).toInstant(), "database"), hash);
        ApiKey found = rows.isEmpty() ? null : rows.get(0);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(hash, new Cached(found, now.plus(CACHE_TTL)));
        return Optional.ofNullable(found);
    }

    /**
     * Creates a key; its value is answered once and never stored.
     *
     * @param name  1–64 characters of {@code [a-z0-9._-]}, unique
     * @param roles one or more roles
     * @return the key's value
     * @throws InvalidValueException when the name or roles are invalid or the name is taken
     */
    public String create(String name, Set<Role> roles) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidValueException("name", "name must be 1-64 characters of a-z, 0-9, '.', '_', '-'");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidValueException("roles", "a key needs at least one role");
        }
        String key = ApiKeys.generate();
        try {
            jdbc.update("INSERT INTO api_key (name, key_hash, roles, created_at) VALUES (?, ?, ?, ?)", name,
                    ApiKeys.hash(key), roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new InvalidValueException("name", "a key named " + name + " exists already");
        }
        return key;
    }

    /** @return the keys in the database that are not revoked, by name (values are never shown) */
    public List<ApiKey> list() {
        return new ArrayList<>(jdbc.query("SELECT name, roles, created_at FROM api_key WHERE revoked_at IS NULL "
                + "ORDER BY name", (rs, i) -> new ApiKey(rs.getString(1), roles(rs.getString(2)),
                rs.getTimestamp(3).toInstant(), "database")));
    }

    /**
     * @param name the key's name
     * @return whether a key was revoked
     */
    public boolean revoke(String name) {
        int revoked = jdbc.update("UPDATE api_key SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), name);
        cache.clear();
        return revoked > 0;
    }

    /** @return whether some key in the database has the ADMIN role */
    public boolean hasStoredAdminKey() {
        return list().stream().anyMatch(k -> k.roles().contains(Role.ADMIN));
    }

    private static Set<Role> roles(String text) {
        return Arrays.stream(text.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
