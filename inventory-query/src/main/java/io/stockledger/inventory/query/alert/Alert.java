package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.alert.AlertStatus;

import io.stockledger.inventory.command.alert.AlertType;

import java.time.Instant;

/**
 * A replenishment alert of one stock item, as clients see it. While the alert is not resolved, its
 * quantities follow the stock item; once resolved they keep the last values for which its condition held.
 *
 * @param id                     the alert's id (a UUID derived from stock item, type and raising event)
 * @param type                   what it is about
 * @param sku                    SKU code
 * @param warehouse              warehouse code
 * @param status                 OPEN, ACKNOWLEDGED or RESOLVED
 * @param available              available units (on hand − reserved) of the stock item
 * @param threshold              the limit the rule compares with, in units: the reorder point for LOW_STOCK,
 *                               max stock for OVERSTOCK, 0 for OUT_OF_STOCK
 * @param suggestedOrderQuantity units to order now (see {@link AlertRules#suggestedOrderQuantity}); 0 for
 *                               OVERSTOCK; {@code null} when the stock item has no reorder policy
 * @param raisedAt               business time of the event that raised it
 * @param acknowledgedAt         business time of the acknowledgement, or {@code null}
 * @param resolvedAt             business time of the event that cleared its condition, or {@code null}
 */
public record Alert(String id, AlertType type, String sku, String warehouse, AlertStatus status, long available,
                    long threshold, Long suggestedOrderQuantity, Instant raisedAt, Instant acknowledgedAt,
                    Instant resolvedAt) {

    /** @return whether it is OPEN or ACKNOWLEDGED */
    public boolean isOpen() {
        return status != AlertStatus.RESOLVED;
    }

    /** @return this alert with the condition's current quantities */
    Alert following(AlertCondition condition) {
        return new Alert(id, type, sku, warehouse, status, condition.available(), condition.threshold(),
                condition.suggestedOrderQuantity(), raisedAt, acknowledgedAt, resolvedAt);
    }

    /** @return this alert acknowledged at the given business time */
    Alert acknowledged(Instant at) {
        return new Alert(id, type, sku, warehouse, AlertStatus.ACKNOWLEDGED, available, threshold,
                suggestedOrderQuantity, raisedAt, at, resolvedAt);
    }

    /** @return this alert resolved at the given business time */
    Alert resolved(Instant at) {
        return new Alert(id, type, sku, warehouse, AlertStatus.RESOLVED, available, threshold,
                suggestedOrderQuantity, raisedAt, acknowledgedAt, at);
    }
}
