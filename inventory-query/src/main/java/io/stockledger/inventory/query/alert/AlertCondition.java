package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.alert.AlertType;

/**
 * An alert rule that holds for a stock item right now, with the quantities an alert for it carries.
 *
 * @param type                   the rule
 * @param available              available units of the stock item
 * @param threshold              the rule's limit in units (reorder point, max stock, or 0)
 * @param suggestedOrderQuantity units to order now, or {@code null} without a reorder policy
 */
record AlertCondition(AlertType type, long available, long threshold, Long suggestedOrderQuantity) {
}
