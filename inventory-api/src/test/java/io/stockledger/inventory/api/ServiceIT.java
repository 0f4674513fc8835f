package io.stockledger.inventory.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

/**
 * Base of the HTTP integration tests: the whole service on a random port, on an embedded PostgreSQL that
 * the service's own embedded default starts (one server per test JVM, cleaned at start). Tests share the
 * context and keep apart by using their own SKUs and warehouses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "stockledger.embedded.data-dir=target/it-postgres",
        "stockledger.embedded.clean=true",
        "stockledger.security.admin-key=" + ServiceIT.ADMIN_KEY,
        "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:security/jwt-test-public.pem",
        "spring.security.oauth2.resourceserver.jwt.audiences=stockledger",
        // WebhookHttpIT's receiver listens on 127.0.0.1
        "stockledger.webhooks.allow-private-networks=true"})
@AutoConfigureObservability(tracing = false) // metrics exported as in production (/actuator/prometheus)
abstract class ServiceIT {

    /** The admin key of the test service (given as by {@code STOCKLEDGER_ADMIN_KEY}). */
    static final String ADMIN_KEY = "it-admin-key-0123456789";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient("http://localhost:" + port, ADMIN_KEY);
    }

    /** @return a SKU no other test uses */
    static String newSku() {
        return "SKU-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** @return a warehouse code no other test uses */
    static String newWarehouse() {
        return "WH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
