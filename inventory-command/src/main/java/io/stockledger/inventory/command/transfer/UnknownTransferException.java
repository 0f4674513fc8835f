package io.stockledger.inventory.command.transfer;

/** No transfer has this id. Answered with 404 {@code /problems/unknown-transfer}. */
public class UnknownTransferException extends RuntimeException {

    /** @param transferId the id asked for */
    public UnknownTransferException(String transferId) {
        super("no transfer with id " + transferId, null, false, false);
    }
}
