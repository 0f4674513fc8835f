package io.stockledger.inventory.query.alert;

/**
 * Query: one alert. Answer: {@code Alert}, or {@code null} when no alert has this id.
 *
 * @param alertId the alert's id
 */
public record FindAlert(String alertId) {
}
