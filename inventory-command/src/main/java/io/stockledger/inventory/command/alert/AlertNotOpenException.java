package io.stockledger.inventory.command.alert;

/**
 * An acknowledgement of an alert that is resolved already: nothing was changed. Answered with 409
 * {@code /problems/alert-not-open}.
 */
public class AlertNotOpenException extends RuntimeException {

    /** @param alertId the alert */
    public AlertNotOpenException(String alertId) {
        super("alert " + alertId + " is resolved and can no longer be acknowledged", null, false, false);
    }
}
