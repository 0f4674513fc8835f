package io.stockledger.inventory.query.demand;

import io.stockledger.inventory.command.common.InvalidValueException;

/**
 * Query: a SKU's demand forecast with a reorder suggestion, for one warehouse or all of them. Answer:
 * {@link DemandForecast}, or {@code null} when the SKU has no stock item (in that warehouse).
 *
 * @param sku          SKU code
 * @param warehouse    warehouse code, or {@code null} for the SKU's demand summed over its warehouses
 * @param horizonDays  days to forecast from today (UTC), {@value #MIN_HORIZON_DAYS} … {@value #MAX_HORIZON_DAYS}
 * @param serviceLevel coverage probability of the prediction intervals and cycle service level of the
 *                     reorder point, {@value #MIN_SERVICE_LEVEL} … {@value #MAX_SERVICE_LEVEL}
 */
public record ForecastDemand(String sku, String warehouse, int horizonDays, double serviceLevel) {

    /** The shortest horizon, in days. */
    public static final int MIN_HORIZON_DAYS = 1;
    /** The longest horizon, in days: a year. */
    public static final int MAX_HORIZON_DAYS = 365;
    /** The lowest service level: below it the safety stock would be negative. */
    public static final double MIN_SERVICE_LEVEL = 0.5;
    /**
     * The highest service level: the intervals are quantiles of at most a few hundred daily errors, which
     * say nothing about rarer events than one in a thousand.
     */
    public static final double MAX_SERVICE_LEVEL = 0.999;

    /** @throws InvalidValueException naming {@code sku}, {@code horizonDays} or {@code serviceLevel} */
    public ForecastDemand {
        if (sku == null) {
            throw new InvalidValueException("sku", "sku is required");
        }
        if (horizonDays < MIN_HORIZON_DAYS || horizonDays > MAX_HORIZON_DAYS) {
            throw new InvalidValueException("horizonDays", "horizonDays must be between " + MIN_HORIZON_DAYS
                    + " and " + MAX_HORIZON_DAYS);
        }
        if (!(serviceLevel >= MIN_SERVICE_LEVEL && serviceLevel <= MAX_SERVICE_LEVEL)) {
            throw new InvalidValueException("serviceLevel", "serviceLevel must be between " + MIN_SERVICE_LEVEL
                    + " and " + MAX_SERVICE_LEVEL);
        }
    }
}
