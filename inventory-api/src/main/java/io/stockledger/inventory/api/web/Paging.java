package io.stockledger.inventory.api.web;

import io.stockledger.inventory.command.common.InvalidValueException;

/** Checks of page parameters: page ≥ 0, size 1 … {@link #MAX_SIZE}. */
public final class Paging {

    /** Largest page size. */
    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    /**
     * @param page zero-based page
     * @param size rows per page
     * @throws InvalidValueException naming {@code page} or {@code size}
     */
    public static void check(int page, int size) {
        if (page < 0 || page > 1_000_000) {
            throw new InvalidValueException("page", "page must be between 0 and 1000000");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "size must be between 1 and " + MAX_SIZE);
        }
    }
}
