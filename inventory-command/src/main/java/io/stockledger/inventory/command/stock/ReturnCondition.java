package io.stockledger.inventory.command.stock;

/** The state of returned units: {@code SELLABLE} goes back on hand, {@code DAMAGED} to damaged only. */
public enum ReturnCondition {
    SELLABLE,
    DAMAGED
}
