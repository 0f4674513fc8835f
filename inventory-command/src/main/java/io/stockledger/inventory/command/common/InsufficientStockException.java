package io.stockledger.inventory.command.common;

import java.util.List;

/**
 * A change refused because it would oversell or drive a quantity below zero (on hand &lt; reserved,
 * damaged &lt; 0, …). Nothing was changed. Answered with 409 {@code /problems/insufficient-stock}.
 */
public class InsufficientStockException extends RuntimeException {

    private final transient List<Shortage> shortages;

    /**
     * @param message   what was refused, for a human reader
     * @param shortages every stock item that was short, never empty
     */
    public InsufficientStockException(String message, List<Shortage> shortages) {
        super(message, null, false, false);
        this.shortages = List.copyOf(shortages);
    }

    /** @return the short stock items, in request order */
    public List<Shortage> shortages() {
        return shortages;
    }
}
