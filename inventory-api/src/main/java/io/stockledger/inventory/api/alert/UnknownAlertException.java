package io.stockledger.inventory.api.alert;

/**
 * No alert (in the read model) has this id. Answered with 404 {@code /problems/not-found}: the contract
 * names no alert-specific type.
 */
public class UnknownAlertException extends RuntimeException {

    /** @param alertId the id asked for */
    public UnknownAlertException(String alertId) {
        super("no alert with id " + alertId, null, false, false);
    }
}
