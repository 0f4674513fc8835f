package io.stockledger.inventory.command.transfer;

import java.time.Instant;
import java.util.List;

/**
 * A transfer as clients see it (the contract's transfer object).
 *
 * @param transferId     the transfer
 * @param from           source warehouse code
 * @param to             destination warehouse code
 * @param status         REQUESTED, IN_TRANSIT, COMPLETED or CANCELLED
 * @param reference      the client's reference, or {@code null}
 * @param lines          units per SKU and, once completed, units received
 * @param trackingNumber the carrier's tracking number, or {@code null}
 * @param discrepancies  SKUs received short or over, empty unless completed with differences
 * @param requestedAt    business time of the request
 * @param dispatchedAt   business time of dispatch, or {@code null}
 * @param completedAt    business time of receipt, or {@code null}
 * @param cancelledAt    business time of cancellation, or {@code null}
 */
public record TransferView(String transferId, String from, String to, TransferStatus status, String reference,
                           List<Line> lines, String trackingNumber, List<Discrepancy> discrepancies,
                           Instant requestedAt, Instant dispatchedAt, Instant completedAt, Instant cancelledAt) {

    /**
     * @param sku      SKU code
     * @param quantity units requested (and dispatched)
     * @param received units received, {@code null} until completed
     */
    public record Line(String sku, long quantity, Long received) {
    }

    /**
     * @param sku        SKU code
     * @param expected   units dispatched
     * @param received   units received
     * @param difference received − expected: negative when short, positive when over
     */
    public record Discrepancy(String sku, long expected, long received, long difference) {
    }
}
