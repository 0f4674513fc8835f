package io.stockledger.inventory.api.admin;

/**
 * One disagreement between the events and a projection or aggregate.
 *
 * @param subject  where: a projection table ({@code stock_level}, {@code stock_movement}, …) or an aggregate
 *                 ({@code StockItem}, {@code Reservation}, {@code Transfer})
 * @param key      which row or aggregate, e.g. {@code 85123A@DC-001}
 * @param field    which value ({@code row} when the row is missing or unexpected)
 * @param expected what the events say
 * @param actual   what the subject says
 */
public record Difference(String subject, String key, String field, String expected, String actual) {
}
