package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.alert.AlertStatus;

import io.stockledger.inventory.command.alert.AlertType;

/**
 * Query: alerts, most recently raised first, optionally of one status, type, warehouse and SKU. Answer:
 * {@code AlertPage}.
 *
 * @param status    status or {@code null} for all
 * @param type      type or {@code null} for all
 * @param warehouse warehouse code or {@code null} for all
 * @param sku       SKU code or {@code null} for all
 * @param page      zero-based page
 * @param size      rows per page, 1 … 500
 */
public record ListAlerts(AlertStatus status, AlertType type, String warehouse, String sku, int page, int size) {
}
