package io.stockledger.inventory.api.reservation;

/**
 * An {@code Idempotency-Key} sent again with a different body. Answered with 422
 * {@code /problems/idempotency-key-reuse}.
 */
public class IdempotencyKeyReuseException extends RuntimeException {

    /** @param key the key */
    public IdempotencyKeyReuseException(String key) {
        super("Idempotency-Key " + key + " was used with a different request body", null, false, false);
    }
}
