package io.stockledger.inventory.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Set;

/**
 * Security settings, under {@code stockledger.security}.
 *
 * @param adminKey             the admin key itself (environment {@code STOCKLEDGER_ADMIN_KEY}); when unset, an
 *                             admin key is generated on first start, stored hashed and printed once
 * @param apiKeys              keys configured by their SHA-256 hash (see {@link ApiKeys#hash}), with roles
 * @param jwtRolesClaim        the JWT claim holding the caller's roles (a list or a space-separated string)
 * @param writesPerSecond      sustained writes (POST, PUT, DELETE under {@code /api/}) per caller and second
 * @param writeBurst           writes a caller may make at once above the sustained rate
 */
@ConfigurationProperties("stockledger.security")
public record SecurityProperties(String adminKey, List<ConfiguredKey> apiKeys, String jwtRolesClaim,
                                 Long writesPerSecond, Long writeBurst) {

    /**
     * One configured key.
     *
     * @param name    its name
     * @param keyHash SHA-256 of the key, 64 hex digits
     * @param roles   its roles
     */
    public record ConfiguredKey(String name, String keyHash, Set<Role> roles) {
    }

    public SecurityProperties {
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
        jwtRolesClaim = jwtRolesClaim == null ? "roles" : jwtRolesClaim;
        writesPerSecond = writesPerSecond == null ? 5_000L : writesPerSecond;
        writeBurst = writeBurst == null ? 10_000L : writeBurst;
    }
}
