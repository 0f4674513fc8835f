package io.stockledger.inventory.query.alert;

import java.util.List;

/**
 * One page of alerts.
 *
 * @param items the alerts of this page
 * @param page  zero-based page number
 * @param size  page size asked for
 * @param total alerts in the whole list
 */
public record AlertPage(List<Alert> items, int page, int size, long total) {
}
