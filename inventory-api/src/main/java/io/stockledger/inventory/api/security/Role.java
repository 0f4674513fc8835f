package io.stockledger.inventory.api.security;

/**
 * What a caller may do. Granted as Spring authorities {@code ROLE_<name>}.
 * <ul>
 *   <li>{@link #ORDER_SERVICE}: reservations (place, ship, release) and reads;</li>
 *   <li>{@link #WAREHOUSE}: receipts, returns, damages, adjustments, counts, transfers, policies, imports,
 *       alert acknowledgements, and reads;</li>
 *   <li>{@link #AUDITOR}: reads, the audit events and stock as of an instant;</li>
 *   <li>{@link #ADMIN}: everything, including warehouses, rebuilds, reconciliation, API keys and back-dated
 *       changes.</li>
 * </ul>
 */
public enum Role {
    ORDER_SERVICE, WAREHOUSE, AUDITOR, ADMIN;

    /** @return the Spring authority, {@code ROLE_<name>} */
    public String authority() {
        return "ROLE_" + name();
    }
}
