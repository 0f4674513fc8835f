package io.stockledger.inventory.query.alert;

import io.stockledger.inventory.command.alert.AlertType;

import java.util.ArrayList;
import java.util.List;

/**
 * The alert rules of the contract, evaluated on one stock item's latest state. Quantities in units.
 *
 * <ul>
 *   <li>{@code OUT_OF_STOCK}: available = 0; threshold 0. Only for stock items that have a reorder policy or
 *       ever had units on hand, so a stock item that only ever saw an inbound transfer or a damaged return
 *       raises nothing.</li>
 *   <li>{@code LOW_STOCK}: 0 &lt; available ≤ reorder point; threshold = reorder point. Needs a policy.</li>
 *   <li>{@code OVERSTOCK}: on hand &gt; max stock; threshold = max stock; suggests ordering 0. Needs a policy
 *       with a max stock.</li>
 * </ul>
 */
final class AlertRules {

    private AlertRules() {
    }

    /** @return the rules that hold for the stock item, in {@link AlertType} order */
    static List<AlertCondition> holding(WatchedStockItem item) {
        List<AlertCondition> holding = new ArrayList<>(2);
        long available = item.available();
        AlertThresholds t = item.thresholds();
        Long suggested = suggestedOrderQuantity(item);
        if (t != null && available > 0 && available <= t.reorderPoint()) {
            holding.add(new AlertCondition(AlertType.LOW_STOCK, available, t.reorderPoint(), suggested));
        }
        if (available == 0 && (t != null || item.everStocked())) {
            holding.add(new AlertCondition(AlertType.OUT_OF_STOCK, available, 0, suggested));
        }
        if (t != null && t.maxStock() != null && item.onHand() > t.maxStock()) {
            holding.add(new AlertCondition(AlertType.OVERSTOCK, available, t.maxStock(), 0L));
        }
        return holding;
    }

    /**
     * What to order now: enough to bring available plus in transit back up to reorder point + reorder
     * quantity, and at least the reorder quantity:
     * {@code max(reorderQuantity, reorderPoint + reorderQuantity − available − inTransit)}. This is the
     * order-up-to level S = s + Q of an (s, S) policy with s = reorder point and Q = reorder quantity
     * (Silver, Pyke &amp; Thomas, <i>Inventory and Production Management in Supply Chains</i>, 4th ed., 2017,
     * ch. 6–7), counting units in transit as already on order (the inventory position).
     *
     * @return units to order, or {@code null} when the stock item has no reorder policy
     */
    static Long suggestedOrderQuantity(WatchedStockItem item) {
        AlertThresholds t = item.thresholds();
        if (t == null) {
            return null;
        }
        long upTo = t.reorderPoint() + t.reorderQuantity() - item.available() - item.inTransit();
        return Math.max(t.reorderQuantity(), upTo);
    }
}
