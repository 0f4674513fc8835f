package io.stockledger.inventory.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.EnumSet;

/**
 * The service never runs open: when no admin key is given by the environment ({@code STOCKLEDGER_ADMIN_KEY})
 * and none is stored, the first start creates one, stores its hash and prints the key once.
 */
@Component
public class AdminKeyBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminKeyBootstrap.class);

    private final ApiKeyStore keys;

    AdminKeyBootstrap(ApiKeyStore keys) {
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (keys.adminKeyFromEnvironment() || keys.hasStoredAdminKey()) {
            return;
        }
        String key;
        try {
            key = keys.create("admin", EnumSet.of(Role.ADMIN));
        } catch (RuntimeException anotherInstanceWasFirst) {
            return;
        }
        String banner = """

                ============================================================================
                 Stockledger created an admin API key. It is shown only this once:

                   X-Api-Key: %s

                 Keep it secret. Create keys for your services with POST /api/v1/admin/api-keys.
                ============================================================================
                """.formatted(key);
        System.out.println(banner);
        log.warn("created the admin API key 'admin' (printed once on standard output)");
    }
}
