package io.stockledger.inventory.api.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/** The {@code X-Stockledger-Signature} header: {@code sha256=} and the hex HMAC-SHA256 of the body. */
public final class WebhookSignature {

    /** The header carrying the signature. */
    public static final String HEADER = "X-Stockledger-Signature";

    private WebhookSignature() {
    }

    /**
     * @param secret the subscription's secret (its UTF-8 bytes are the key)
     * @param body   the exact bytes sent
     * @return {@code sha256=<lower-case hex HMAC-SHA256>}
     */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 not available", e);
        }
    }

    /** @return whether the header value is the signature of the body (compared in constant time) */
    public static boolean verify(String secret, byte[] body, String header) {
        return header != null && MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }
}
