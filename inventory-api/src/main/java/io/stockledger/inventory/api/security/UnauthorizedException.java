package io.stockledger.inventory.api.security;

/** No credentials, or credentials that are unknown, revoked, expired or wrongly signed: 401 {@code /problems/unauthorized}. */
public class UnauthorizedException extends RuntimeException {

    /** @param message why, without revealing anything about existing keys */
    public UnauthorizedException(String message) {
        super(message, null, false, false);
    }
}
