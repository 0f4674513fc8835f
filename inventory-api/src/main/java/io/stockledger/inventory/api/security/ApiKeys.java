package io.stockledger.inventory.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API key values: 32 random bytes (256 bits) from {@link SecureRandom}, written in URL-safe Base64 with the
 * prefix {@code slk_}; stored and compared only as their SHA-256 hash. A fast hash is enough for keys of
 * this entropy (no dictionary to guess from), as for the access tokens of GitHub or Stripe.
 */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** @return a new random key */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "slk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * @param key a key as the caller sends it
     * @return its SHA-256 hash, 64 lower-case hex digits
     */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
