package io.stockledger.inventory.command.transfer;

/** Where a transfer is in its life: {@code REQUESTED → IN_TRANSIT → COMPLETED}, or {@code REQUESTED → CANCELLED}. */
public enum TransferStatus {
    /** Units held at the source. */
    REQUESTED,
    /** Units left the source, in transit to the destination. */
    IN_TRANSIT,
    /** Received at the destination. */
    COMPLETED,
    /** Cancelled before dispatch; holds released. */
    CANCELLED
}
