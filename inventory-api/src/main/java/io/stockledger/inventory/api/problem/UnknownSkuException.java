package io.stockledger.inventory.api.problem;

/** No stock item (in the read model) has this SKU, or this SKU in this warehouse. 404 {@code /problems/unknown-sku}. */
public class UnknownSkuException extends RuntimeException {

    /** @param message which SKU (and warehouse) was asked for */
    public UnknownSkuException(String message) {
        super(message, null, false, false);
    }
}
