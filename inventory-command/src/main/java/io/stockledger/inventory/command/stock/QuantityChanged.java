package io.stockledger.inventory.command.stock;

/** A stock item event that changes one of its quantities; it carries the quantities right after. */
public interface QuantityChanged extends StockItemEvent {

    /** @return the stock item's quantities after the event */
    Balances after();
}
