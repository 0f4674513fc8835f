package io.stockledger.inventory.query.forecast;

/**
 * What to reorder, and when, for one stock item; quantities in whole units of stock, rounded up.
 *
 * @param method          the forecast method the suggestion rests on
 * @param leadTimeDemand  the expected demand over the lead time
 * @param safetyStock     z·σ over the lead time at the service level
 * @param reorderPoint    leadTimeDemand + safetyStock: order when the position falls to it
 * @param orderUpTo       the level an order brings the position to: the same sum over lead time + review
 *                        period
 * @param position        available + in transit, the units that can still meet demand
 * @param orderQuantity   what to order now: 0 while the position is above the reorder point
 * @param daysOfCover     available / mean daily forecast, in days; {@code null} when no demand is forecast
 */
public record ReorderSuggestion(String method, long leadTimeDemand, long safetyStock, long reorderPoint,
                                long orderUpTo, long position, long orderQuantity, Double daysOfCover) {
}
