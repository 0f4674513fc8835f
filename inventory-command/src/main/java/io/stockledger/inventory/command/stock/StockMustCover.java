package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.Shortage;

import java.util.List;

/**
 * Rule: a change may take at most the available units of a stock item (on hand − reserved), so that
 * reserved ≤ on hand always holds — no oversell, ever.
 *
 * @param sku       SKU code
 * @param warehouse warehouse code
 * @param requested units the change takes from available
 * @param available units available before the change
 */
record StockMustCover(String sku, String warehouse, long requested, long available) {

    /**
     * @param action what was asked, for the message ("reserve", "damage", …)
     * @throws InsufficientStockException when {@code requested > available}
     */
    void verify(String action) {
        if (requested > available) {
            throw new InsufficientStockException(
                    "cannot " + action + " " + requested + " units of " + sku + " in " + warehouse + ": only "
                            + Math.max(available, 0) + " available",
                    List.of(new Shortage(sku, warehouse, requested, Math.max(available, 0))));
        }
    }
}
