package io.stockledger.inventory.query.forecast;

/**
 * Turns a demand forecast into a reorder suggestion, by the reorder-point rules of Silver, E. A., Pyke,
 * D. F. &amp; Thomas, D. J. (2017), <i>Inventory and Production Management in Supply Chains</i>, 4th ed., CRC
 * Press, ch. 6 (continuous review, s = x̂<sub>L</sub> + z·σ<sub>L</sub>) and the order-up-to level of
 * periodic review (S over lead time + review period):
 * <ul>
 *   <li>expected demand over the lead time L: the sum of the point forecasts of its days;</li>
 *   <li>safety stock = z·σ<sub>L</sub>, z = Φ⁻¹(service level) ({@link InverseNormal}), σ<sub>L</sub> =
 *       √Σσ<sub>h</sub>² over those days ({@link Forecast#sigmaOver}) from the method's in-sample
 *       one-step errors;</li>
 *   <li>reorder point = ⌈expected demand over L⌉ + ⌈safety stock⌉;</li>
 *   <li>order-up-to level = the same over L + review period R;</li>
 *   <li>when the position (available + in transit) is at or below the reorder point, as for the
 *       {@code LOW_STOCK} alert, order max(reorder quantity, order-up-to − position), else nothing; and
 *       nothing when no demand at all is forecast over lead time + review period (an item that no longer
 *       sells is not restocked by its reorder quantity);</li>
 *   <li>days of cover = available / mean daily forecast over the forecast's horizon.</li>
 * </ul>
 * Quantities are rounded up to whole units, after a tolerance of 10⁻⁹ units against floating-point noise.
 */
public final class ReorderAdvisor {

    private static final double TOLERANCE = 1e-9;

    private ReorderAdvisor() {
    }

    /**
     * @param forecast  the demand forecast, covering at least lead time + review period days
     * @param policy    lead time, review period, service level and reorder quantity
     * @param available units available now (on hand − reserved)
     * @param inTransit units on their way to this warehouse
     * @return the suggestion
     * @throws IllegalArgumentException when the forecast is shorter than lead time + review period
     */
    public static ReorderSuggestion suggest(Forecast forecast, ReorderParameters policy, long available, long inTransit) {
        if (forecast.horizon() < policy.protectionDays()) {
            throw new IllegalArgumentException("the forecast covers " + forecast.horizon() + " days, the policy needs "
                    + policy.protectionDays());
        }
        double z = InverseNormal.quantile(policy.serviceLevel());
        int lead = policy.leadTimeDays();
        long leadTimeDemand = roundUp(forecast.demandOver(lead));
        long safetyStock = roundUp(z * forecast.sigmaOver(lead));
        long reorderPoint = leadTimeDemand + safetyStock;
        int protection = policy.protectionDays();
        long orderUpTo = roundUp(forecast.demandOver(protection)) + roundUp(z * forecast.sigmaOver(protection));
        long position = available + inTransit;
        boolean demanded = forecast.demandOver(protection) > 0;
        long orderQuantity = demanded && position <= reorderPoint
                ? Math.max(policy.reorderQuantity(), orderUpTo - position) : 0;
        double daily = forecast.meanDailyDemand();
        Double daysOfCover = daily > 0 ? available / daily : null;
        return new ReorderSuggestion(forecast.method(), leadTimeDemand, safetyStock, reorderPoint, orderUpTo, position,
                orderQuantity, daysOfCover);
    }

    private static long roundUp(double units) {
        return (long) Math.ceil(Math.max(0, units - TOLERANCE));
    }
}
