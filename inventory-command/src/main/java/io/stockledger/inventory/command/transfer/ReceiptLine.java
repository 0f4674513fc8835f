package io.stockledger.inventory.command.transfer;

/**
 * One SKU of a transfer's receipt, as its event records it.
 *
 * @param sku      SKU code
 * @param expected units dispatched
 * @param received units that arrived, ≥ 0
 */
public record ReceiptLine(String sku, long expected, long received) {

    /** @return received − expected, in units: negative when short, positive when over */
    public long difference() {
        return received - expected;
    }
}
