package io.stockledger.inventory.api.security;

/** The caller is known but its roles do not allow the call: 403 {@code /problems/forbidden}. */
public class ForbiddenException extends RuntimeException {

    /** @param message what was not allowed */
    public ForbiddenException(String message) {
        super(message, null, false, false);
    }
}
