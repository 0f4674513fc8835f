package io.stockledger.inventory.api.admin;

import io.stockledger.inventory.api.security.ApiKey;
import io.stockledger.inventory.api.security.ApiKeyStore;
import io.stockledger.inventory.api.security.Role;
import io.stockledger.inventory.api.web.Required;
import io.stockledger.inventory.command.common.InvalidValueException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** API keys for the services and people that call the API (ADMIN only). A key's value is shown once, at creation. */
@RestController
@RequestMapping("/api/v1/admin/api-keys")
public class ApiKeyController {

    /**
     * Body of {@code POST /api/v1/admin/api-keys}.
     *
     * @param name  1–64 characters of {@code [a-z0-9._-]}, unique; recorded on events as {@code api-key:<name>}
     * @param roles one or more of ORDER_SERVICE, WAREHOUSE, AUDITOR, ADMIN
     */
    public record KeyRequest(String name, List<String> roles) {
    }

    /**
     * The answer to a creation.
     *
     * @param name  the key's name
     * @param roles its roles
     * @param key   the key's value, to send as {@code X-Api-Key}; shown only in this answer
     */
    public record CreatedKey(String name, Set<Role> roles, String key) {
    }

    private final ApiKeyStore keys;

    ApiKeyController(ApiKeyStore keys) {
        this.keys = keys;
    }

    /** 201 with the key's value (shown once); 400 for a bad or taken name or unknown roles. */
    @PostMapping
    public ResponseEntity<CreatedKey> create(@RequestBody KeyRequest body) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : Required.of("roles", body.roles())) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidValueException("roles", "roles must be among " + List.of(Role.values()));
            }
        }
        String key = keys.create(body.name(), roles);
        return ResponseEntity.created(URI.create("/api/v1/admin/api-keys/" + body.name()))
                .body(new CreatedKey(body.name(), roles, key));
    }

    /** @return the stored keys (names and roles, never values) */
    @GetMapping
    public List<ApiKey> list() {
        return keys.list();
    }

    /** 204 when revoked; 404 when no such key. */
    @DeleteMapping("/{name}")
    public ResponseEntity<Void> revoke(@PathVariable String name) {
        return keys.revoke(name) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
