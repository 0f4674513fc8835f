package io.stockledger.inventory.api.replay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The replay's purchasing department: a reorder policy per stock item, set from that item's own early
 * demand (the first {@link #WINDOW_DAYS} days after its first sale), by the textbook continuous-review
 * (s, Q) rule (Silver, Pyke & Thomas, <i>Inventory and Production Management in Supply Chains</i>, 4th
 * ed., ch. 6): with mean daily demand d and its standard deviation σ over the window, lead time L days and
 * a 95 % cycle service level (z = 1.645),
 * <pre>
 *   safety stock  SS = ⌈z · σ · √L⌉
 *   reorder point s  = ⌈d · L⌉ + SS
 *   order quantity Q = max(1, ⌈d · {@value #COVER_DAYS}⌉)
 * </pre>
 * Max stock is s + 3Q. The opening stock of an item is s + Q. Unit cost is taken as 60 % of the item's
 * median selling price (GBP, 2 decimals).
 */
public final class PurchasingPlan {

    /** Days of early demand a policy is computed from. */
    public static final int WINDOW_DAYS = 28;
    /** Lead time of a purchase order, in days of the log's time. */
    public static final int LEAD_TIME_DAYS = 7;
    /** Days of demand one purchase order covers. */
    public static final int COVER_DAYS = 28;
    private static final double Z_95 = 1.645;

    /**
     * A stock item's policy, in units and days.
     *
     * @param reorderPoint    s
     * @param reorderQuantity Q
     * @param safetyStock     SS
     * @param maxStock        s + 3Q
     * @param unitCost        cost per unit in GBP
     */
    public record Policy(long reorderPoint, long reorderQuantity, long safetyStock, long maxStock,
                         BigDecimal unitCost) {

        /** @return the opening stock: s + Q */
        public long openingStock() {
            return reorderPoint + reorderQuantity;
        }
    }

    private final Map<String, Policy> policies;

    private PurchasingPlan(Map<String, Policy> policies) {
        this.policies = policies;
    }

    /**
     * @param item {@code SKU@WAREHOUSE}
     * @return its policy (every item that is sold or returned in the log has one)
     */
    public Policy policy(String item) {
        return policies.get(item);
    }

    /**
     * Builds the plan from the whole log (only each item's early window is used for its policy).
     *
     * @param invoices  the log, in time order
     * @param warehouse the warehouse that serves an invoice
     * @return the plan
     */
    public static PurchasingPlan of(List<RetailLog.Invoice> invoices,
                                    Function<RetailLog.Invoice, String> warehouse) {
        Map<String, Instant> firstSale = new HashMap<>();
        Map<String, double[]> daily = new HashMap<>();
        Map<String, List<BigDecimal>> prices = new HashMap<>();
        for (RetailLog.Invoice invoice : invoices) {
            String wh = warehouse.apply(invoice);
            for (RetailLog.Line line : invoice.lines()) {
                if (!line.isProduct()) {
                    continue;
                }
                String item = line.stockCode() + "@" + wh;
                if (line.unitPrice().signum() > 0) {
                    prices.computeIfAbsent(item, k -> new ArrayList<>()).add(line.unitPrice());
                }
                if (invoice.isCancellation() || line.quantity() <= 0) {
                    daily.computeIfAbsent(item, k -> new double[WINDOW_DAYS]);
                    continue;
                }
                Instant first = firstSale.computeIfAbsent(item, k -> invoice.at());
                long day = Duration.between(first, invoice.at()).toDays();
                double[] series = daily.computeIfAbsent(item, k -> new double[WINDOW_DAYS]);
                if (day < WINDOW_DAYS) {
                    series[(int) day] += line.quantity();
                }
            }
        }
        Map<String, Policy> policies = new HashMap<>();
        daily.forEach((item, series) -> {
            double mean = 0;
            for (double v : series) {
                mean += v;
            }
            mean /= WINDOW_DAYS;
            double var = 0;
            for (double v : series) {
                var += (v - mean) * (v - mean);
            }
            double sigma = Math.sqrt(var / (WINDOW_DAYS - 1));
            long safety = (long) Math.ceil(Z_95 * sigma * Math.sqrt(LEAD_TIME_DAYS));
            long reorderPoint = (long) Math.ceil(mean * LEAD_TIME_DAYS) + safety;
            long quantity = Math.max(1, (long) Math.ceil(mean * COVER_DAYS));
            policies.put(item, new Policy(reorderPoint, quantity, safety, reorderPoint + 3 * quantity,
                    cost(prices.getOrDefault(item, List.of()))));
        });
        return new PurchasingPlan(policies);
    }

    private static BigDecimal cost(List<BigDecimal> prices) {
        if (prices.isEmpty()) {
            return BigDecimal.ONE;
        }
        List<BigDecimal> sorted = new ArrayList<>(prices);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2).multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP);
    }
}
