package io.stockledger.inventory.command.transfer;

/**
 * A transfer step out of order: dispatch or cancel unless {@code REQUESTED}, receive unless
 * {@code IN_TRANSIT}. Nothing was changed. Answered with 409 {@code /problems/transfer-not-open}.
 */
public class TransferNotOpenException extends RuntimeException {

    /**
     * @param transferId the transfer
     * @param status     its status
     * @param action     the refused step ("dispatch", "receive", "cancel")
     */
    public TransferNotOpenException(String transferId, TransferStatus status, String action) {
        super("cannot " + action + " transfer " + transferId + ": it is " + status, null, false, false);
    }
}
