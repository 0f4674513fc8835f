package io.stockledger.inventory.query.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The weighted average cost of one stock item, updated as each receipt arrives: the weighted average cost
 * formula of IAS 2 <i>Inventories</i> §25 and §27 ("the cost of each item is determined from the weighted
 * average of the cost of similar items at the beginning of a period and the cost of similar items purchased
 * or produced during the period. The average may be calculated on a periodic basis, or as each additional
 * shipment is received"), in its per-receipt ("moving average") form:
 *
 * <pre>  new average = (on hand before × average + received × unit cost) / (on hand before + received)</pre>
 *
 * <ul>
 *   <li>Units received without a unit cost, sellable returns, positive adjustments and counts come in at
 *       the current average: the average does not change.</li>
 *   <li>Outflows (shipments, damage, negative adjustments and counts, transfers out) leave at the
 *       average: the average does not change.</li>
 *   <li>A costed receipt when nothing is on hand, or when no cost was known yet, sets the average to the
 *       receipt's unit cost (units whose cost was never given are valued at the first cost known).</li>
 * </ul>
 *
 * <p>Money in the shop's one currency, as {@link BigDecimal}: the average unit cost at scale 4, values at
 * scale 2 (the currency's minor unit), both rounded {@link RoundingMode#HALF_EVEN} (banker's rounding, no
 * drift up or down over many roundings). The average is rounded once per receipt; the numerator is exact.
 *
 * @param quantity        units on hand, ≥ 0
 * @param averageUnitCost cost per unit at scale 4, or {@code null} while no cost is known
 */
public record AverageCost(long quantity, BigDecimal averageUnitCost) {

    /** Scale of unit costs. */
    public static final int UNIT_COST_SCALE = 4;
    /** Scale of values (the currency's minor unit). */
    public static final int VALUE_SCALE = 2;
    /** Rounding of unit costs and values. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    /** Nothing on hand, no cost known. */
    public static final AverageCost NONE = new AverageCost(0, null);

    /**
     * @param received      units received (0 changes only the quantity)
     * @param unitCost      their cost per unit, ≥ 0, or {@code null} when not given
     * @param quantityAfter units on hand after the receipt
     * @return the cost after the receipt
     */
    public AverageCost receive(long received, BigDecimal unitCost, long quantityAfter) {
        if (unitCost == null || received <= 0) {
            return onHand(quantityAfter);
        }
        long before = Math.max(0, quantityAfter - received);
        if (averageUnitCost == null || before == 0) {
            return new AverageCost(quantityAfter, unitCost.setScale(UNIT_COST_SCALE, ROUNDING));
        }
        BigDecimal total = averageUnitCost.multiply(BigDecimal.valueOf(before))
                .add(unitCost.multiply(BigDecimal.valueOf(received)));
        return new AverageCost(quantityAfter,
                total.divide(BigDecimal.valueOf(before + received), UNIT_COST_SCALE, ROUNDING));
    }

    /**
     * @param quantityAfter units on hand after a change that is not a costed receipt
     * @return the cost after it: same average
     */
    public AverageCost onHand(long quantityAfter) {
        return new AverageCost(quantityAfter, averageUnitCost);
    }

    /** @return quantity × average unit cost at scale 2, or {@code null} while no cost is known */
    public BigDecimal value() {
        return averageUnitCost == null ? null
                : averageUnitCost.multiply(BigDecimal.valueOf(quantity)).setScale(VALUE_SCALE, ROUNDING);
    }
}
