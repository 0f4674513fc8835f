package io.stockledger.inventory.command.alert;

/**
 * Where an alert is in its life: {@code OPEN → ACKNOWLEDGED → RESOLVED}, or {@code OPEN → RESOLVED}. An
 * alert is resolved by itself when its condition no longer holds; a person acknowledges it.
 */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
