package io.stockledger.inventory.command.transfer;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.stockledger.inventory.command.common.InvalidValueException;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A transfer of stock from one warehouse to another: {@code REQUESTED → IN_TRANSIT → COMPLETED}, or
 * {@code REQUESTED → CANCELLED}. Its commands are handled by {@link TransferCommandHandler}, which changes
 * it together with the stock items at both ends in one unit of work. Rules: only a {@code REQUESTED}
 * transfer may be dispatched or cancelled, only an {@code IN_TRANSIT} one received, and only SKUs on the
 * transfer may be received.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Transfer {

    @AggregateIdentifier
    private String transferId;
    private String from;
    private String to;
    private String reference;
    private List<TransferredLine> lines;
    private List<ReceiptLine> receipt;
    private String trackingNumber;
    private TransferStatus status;
    private Instant requestedAt;
    private Instant dispatchedAt;
    private Instant completedAt;
    private Instant cancelledAt;

    /** For Axon. */
    protected Transfer() {
    }

    /**
     * Record a requested transfer; the caller has already held every line at the source.
     *
     * @param requested the event to apply
     */
    public Transfer(TransferRequested requested) {
        apply(requested);
    }

    /**
     * @param tracking the carrier's tracking number, or {@code null}
     * @param at       business time
     * @return the lines to move out of the source and into transit at the destination
     * @throws TransferNotOpenException unless {@code REQUESTED}
     */
    public List<TransferredLine> dispatch(String tracking, Instant at) {
        mustBe(TransferStatus.REQUESTED, "dispatch");
        apply(new TransferDispatched(transferId, from, to, tracking, at));
        return lines;
    }

    /**
     * @param received units that arrived per SKU code; SKUs of the transfer not named arrived as 0 units
     * @param at       business time
     * @return expected and received units per SKU of the transfer, in the transfer's line order
     * @throws TransferNotOpenException unless {@code IN_TRANSIT}
     * @throws InvalidValueException    when a received SKU is not on the transfer
     */
    public List<ReceiptLine> receive(Map<String, Long> received, Instant at) {
        mustBe(TransferStatus.IN_TRANSIT, "receive");
        Map<String, Long> expected = new LinkedHashMap<>();
        lines.forEach(line -> expected.put(line.sku(), line.quantity()));
        for (String sku : received.keySet()) {
            if (!expected.containsKey(sku)) {
                throw new InvalidValueException("lines", "SKU " + sku + " is not on transfer " + transferId);
            }
        }
        List<ReceiptLine> receiptLines = new ArrayList<>();
        expected.forEach((sku, quantity) -> receiptLines.add(
                new ReceiptLine(sku, quantity, received.getOrDefault(sku, 0L))));
        apply(new TransferReceived(transferId, from, to, receiptLines, at));
        return receiptLines;
    }

    /**
     * @param at business time
     * @return the lines whose holds to release at the source
     * @throws TransferNotOpenException unless {@code REQUESTED}
     */
    public List<TransferredLine> cancel(Instant at) {
        mustBe(TransferStatus.REQUESTED, "cancel");
        apply(new TransferCancelled(transferId, from, to, at));
        return lines;
    }

    /** @return source warehouse code */
    public String from() {
        return from;
    }

    /** @return destination warehouse code */
    public String to() {
        return to;
    }

    /** @return the transfer as clients see it */
    public TransferView view() {
        Map<String, Long> received = new LinkedHashMap<>();
        if (receipt != null) {
            receipt.forEach(line -> received.put(line.sku(), line.received()));
        }
        List<TransferView.Line> viewLines = lines.stream()
                .map(line -> new TransferView.Line(line.sku(), line.quantity(), received.get(line.sku())))
                .toList();
        List<TransferView.Discrepancy> discrepancies = receipt == null ? List.of() : receipt.stream()
                .filter(line -> line.difference() != 0)
                .map(line -> new TransferView.Discrepancy(line.sku(), line.expected(), line.received(),
                        line.difference()))
                .toList();
        return new TransferView(transferId, from, to, status, reference, viewLines, trackingNumber, discrepancies,
                requestedAt, dispatchedAt, completedAt, cancelledAt);
    }

    private void mustBe(TransferStatus expected, String action) {
        if (status != expected) {
            throw new TransferNotOpenException(transferId, status, action);
        }
    }

    @EventSourcingHandler
    void on(TransferRequested event) {
        transferId = event.transferId();
        from = event.from();
        to = event.to();
        reference = event.reference();
        lines = List.copyOf(event.lines());
        status = TransferStatus.REQUESTED;
        requestedAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(TransferDispatched event) {
        status = TransferStatus.IN_TRANSIT;
        trackingNumber = event.trackingNumber();
        dispatchedAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(TransferReceived event) {
        status = TransferStatus.COMPLETED;
        receipt = List.copyOf(event.lines());
        completedAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(TransferCancelled event) {
        status = TransferStatus.CANCELLED;
        cancelledAt = event.occurredAt();
    }
}
