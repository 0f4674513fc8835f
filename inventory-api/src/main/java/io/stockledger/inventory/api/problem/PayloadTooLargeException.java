package io.stockledger.inventory.api.problem;

/** A request body over the limit. Answered with 413 {@code /problems/payload-too-large}. */
public class PayloadTooLargeException extends RuntimeException {

    /** @param limit the limit in bytes */
    public PayloadTooLargeException(long limit) {
        super("request body is larger than " + limit + " bytes", null, false, false);
    }
}
