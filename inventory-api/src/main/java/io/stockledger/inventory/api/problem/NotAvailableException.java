package io.stockledger.inventory.api.problem;

/**
 * A call this deployment cannot serve: answered 501 {@code /problems/not-available} by
 * {@link ProblemHandler}. Used for the calls that read the PostgreSQL event store directly (the
 * audit event log, reconciliation) when Axon Server is the event store (profile {@code axonserver}).
 */
public class NotAvailableException extends RuntimeException {

    /** @param message why, and where to read more */
    public NotAvailableException(String message) {
        super(message);
    }

    /**
     * @param feature what is not available, e.g. {@code "the audit event log"}
     * @return the exception for a feature that needs the PostgreSQL event store while Axon Server holds the events
     */
    public static NotAvailableException withAxonServer(String feature) {
        return new NotAvailableException(feature + " reads the PostgreSQL event store directly and is not "
                + "available while Axon Server is the event store (profile axonserver); see docs/operations.md");
    }
}
