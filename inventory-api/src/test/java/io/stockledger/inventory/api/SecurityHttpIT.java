package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.stockledger.inventory.api.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Authentication and roles through HTTP: each role against each group of endpoints, missing, unknown and
 * revoked API keys, JWT bearer tokens (valid, expired, wrongly signed, wrong audience), back-dating, and the
 * caller's identity on the events.
 */
class SecurityHttpIT extends ServiceIT {

    private static final List<String> ROLES = List.of("ORDER_SERVICE", "WAREHOUSE", "AUDITOR", "ADMIN");

    private String wh;
    private String sku;
    private final Map<String, ApiClient> byRole = new LinkedHashMap<>();

    @BeforeEach
    void keysAndStock() {
        wh = newWarehouse();
        sku = newSku();
        api.warehouse(wh);
        api.receive(sku, wh, 1_000);
        for (String role : ROLES) {
            Response created = api.post("/api/v1/admin/api-keys", "{\"name\":\"" + role.toLowerCase().replace('_', '-')
                    + "-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"roles\":[\"" + role + "\"]}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            byRole.put(role, api.withKey(created.body().path("key").asText()));
        }
    }

    /** One call of a group of endpoints, and the roles that may make it. */
    private record Case(String name, Set<String> allowed, Function<ApiClient, Response> call) {
    }

    @Test
    void eachRoleMayCallExactlyItsGroupsOfEndpoints() {
        List<Case> cases = List.of(
                new Case("place a reservation", Set.of("ORDER_SERVICE", "ADMIN"), c -> c.post("/api/v1/reservations",
                        "{\"orderId\":\"SO-" + UUID.randomUUID() + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"warehouse\":\""
                                + wh + "\",\"quantity\":1}]}")),
                new Case("receive stock", Set.of("WAREHOUSE", "ADMIN"), c -> c.post("/api/v1/stock/receipts",
                        "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh + "\",\"quantity\":1}")),
                new Case("set a policy", Set.of("WAREHOUSE", "ADMIN"), c -> c.put("/api/v1/stock/" + sku + "/" + wh
                        + "/policy", "{\"reorderPoint\":5,\"reorderQuantity\":10,\"safetyStock\":2,\"leadTimeDays\":3}")),
                new Case("request a transfer", Set.of("WAREHOUSE", "ADMIN"), c -> c.post("/api/v1/transfers",
                        "{\"from\":\"" + wh + "\",\"to\":\"" + otherWarehouse() + "\",\"lines\":[{\"sku\":\"" + sku
                                + "\",\"quantity\":1}]}")),
                new Case("read stock", Set.copyOf(ROLES), c -> c.get("/api/v1/stock/" + sku)),
                new Case("read warehouses", Set.copyOf(ROLES), c -> c.get("/api/v1/warehouses/" + wh)),
                new Case("read audit events", Set.of("AUDITOR", "ADMIN"), c -> c.get("/api/v1/audit/events?sku=" + sku)),
                new Case("stock as of", Set.of("AUDITOR", "ADMIN"), c -> c.get("/api/v1/stock/" + sku + "/" + wh
                        + "/as-of?at=" + Instant.now())),
                new Case("create a warehouse", Set.of("ADMIN"), c -> c.post("/api/v1/warehouses",
                        "{\"code\":\"" + newWarehouse() + "\",\"name\":\"New\"}")),
                new Case("projection status", Set.of("ADMIN"), c -> c.get("/api/v1/admin/projections")),
                new Case("list API keys", Set.of("ADMIN"), c -> c.get("/api/v1/admin/api-keys")));
        for (Case c : cases) {
            for (String role : ROLES) {
                Response r = c.call().apply(byRole.get(role));
                if (c.allowed().contains(role)) {
                    assertThat(r.status()).as("%s as %s: %s", c.name(), role, r).isBetween(200, 299);
                } else {
                    assertThat(r.status()).as("%s as %s", c.name(), role).isEqualTo(403);
                    assertThat(r.problemType()).isEqualTo("/problems/forbidden");
                    assertThat(r.contentType()).startsWith("application/problem+json");
                }
            }
        }
    }

    @Test
    void missingUnknownAndRevokedKeysAre401AndOpenEndpointsStayOpen() {
        ApiClient anonymous = api.withKey(null);
        Response none = anonymous.get("/api/v1/stock/" + sku);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.problemType()).isEqualTo("/problems/unauthorized");
        Response unknown = api.withKey("slk_not-a-key").post("/api/v1/stock/receipts",
                "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh + "\",\"quantity\":5}");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.problemType()).isEqualTo("/problems/unauthorized");

        Response created = api.post("/api/v1/admin/api-keys", "{\"name\":\"temp-" + sku.toLowerCase()
                + "\",\"roles\":[\"WAREHOUSE\"]}");
        ApiClient temp = api.withKey(created.body().path("key").asText());
        assertThat(temp.get("/api/v1/stock/" + sku).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/api-keys").body().toString()).contains("temp-" + sku.toLowerCase())
                .doesNotContain(created.body().path("key").asText());
        assertThat(api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/api-keys/temp-"
                + sku.toLowerCase())).DELETE()).status()).isEqualTo(204);
        assertThat(temp.get("/api/v1/stock/" + sku).status()).as("revoked").isEqualTo(401);
        assertThat(api.post("/api/v1/admin/api-keys", "{\"name\":\"Bad Name\",\"roles\":[\"WAREHOUSE\"]}").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/admin/api-keys", "{\"name\":\"x1\",\"roles\":[\"KING\"]}").status()).isEqualTo(400);

        assertThat(api.get("/api/v1/stock/" + sku + "/" + wh).body().path("onHand").asLong())
                .as("refused writes changed nothing").isEqualTo(1_000);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void theCallerIsRecordedOnItsEventsAndBackDatingNeedsAdmin() {
        ApiClient warehouse = byRole.get("WAREHOUSE");
        Response receipt = warehouse.post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh
                + "\",\"quantity\":3}");
        assertThat(receipt.status()).isEqualTo(200);
        String backDated = "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh + "\",\"quantity\":2,\"occurredAt\":\""
                + Instant.now().minus(Duration.ofDays(2)) + "\"}";
        Response refused = warehouse.post("/api/v1/stock/receipts", backDated);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("/problems/forbidden");
        assertThat(api.post("/api/v1/stock/receipts", backDated).status()).as("admin may back-date").isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode events = api.get("/api/v1/audit/events?sku=" + sku + "&type=StockReceived").body();
            assertThat(events).hasSize(3);
            assertThat(events.get(0).path("actor").asText()).isEqualTo("api-key:admin");
            assertThat(events.get(1).path("actor").asText()).startsWith("api-key:warehouse-");
            assertThat(events.get(2).path("actor").asText()).isEqualTo("api-key:admin");
        });
    }

    @Test
    void jwtBearerTokensCarryRolesAndBadTokensAre401() throws Exception {
        PrivateKey key = testKey();
        String receiptBody = "{\"sku\":\"" + sku + "\",\"warehouse\":\"" + wh + "\",\"quantity\":4}";
        Instant now = Instant.now();

        Response valid = bearer(jwt(key, "alice", List.of("WAREHOUSE"), "stockledger", now.plusSeconds(300)))
                .post("/api/v1/stock/receipts", receiptBody);
        assertThat(valid.status()).as(valid.toString()).isEqualTo(200);
        Response wrongRole = bearer(jwt(key, "bob", List.of("ORDER_SERVICE"), "stockledger", now.plusSeconds(300)))
                .post("/api/v1/stock/receipts", receiptBody);
        assertThat(wrongRole.status()).isEqualTo(403);

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey stranger = generator.generateKeyPair().getPrivate();
        Map<String, String> bad = Map.of(
                "expired", jwt(key, "carol", List.of("ADMIN"), "stockledger", now.minusSeconds(600)),
                "wrong signature", jwt(stranger, "carol", List.of("ADMIN"), "stockledger", now.plusSeconds(300)),
                "wrong audience", jwt(key, "carol", List.of("ADMIN"), "another-service", now.plusSeconds(300)),
                "not a JWT", "abc.def.ghi");
        bad.forEach((why, token) -> {
            Response r = bearer(token).post("/api/v1/stock/receipts", receiptBody);
            assertThat(r.status()).as(why).isEqualTo(401);
            assertThat(r.problemType()).as(why).isEqualTo("/problems/unauthorized");
        });

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode events = api.get("/api/v1/audit/events?sku=" + sku + "&type=StockReceived").body();
            assertThat(events).hasSize(2);
            assertThat(events.get(1).path("actor").asText()).isEqualTo("jwt:alice");
        });
        assertThat(api.get("/api/v1/stock/" + sku + "/" + wh).body().path("onHand").asLong()).isEqualTo(1_004);
    }

    private ApiClient bearer(String token) {
        return api.withBearer(token);
    }

    private String otherWarehouse() {
        String code = newWarehouse();
        api.warehouse(code);
        return code;
    }

    private static String jwt(PrivateKey key, String subject, List<String> roles, String audience, Instant expires)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                new JWTClaimsSet.Builder().subject(subject).audience(audience).claim("roles", roles)
                        .issueTime(Date.from(Instant.now().minusSeconds(900))).expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAPrivateKey testKey() throws Exception {
        try (InputStream in = SecurityHttpIT.class.getResourceAsStream("/security/jwt-test-private.pem")) {
            if (in == null) {
                throw new IOException("test key missing");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
    }
}
