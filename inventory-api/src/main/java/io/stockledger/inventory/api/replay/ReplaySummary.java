package io.stockledger.inventory.api.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a replay did: orders and lost sales, returns, write-offs, purchasing, events, calls with their
 * latencies, and the final verification. Quantities in units of stock.
 *
 * @param orders                 orders sent (invoices with product lines to sell)
 * @param ordersFilled           orders held and shipped
 * @param lines                  order lines sent (merged per SKU)
 * @param linesFilled            lines of filled orders
 * @param units                  units ordered
 * @param unitsFilled            units shipped
 * @param returnLines            cancellation lines returned to stock
 * @param unitsReturned          units returned
 * @param damages                damages recorded
 * @param adjustments            adjustments recorded
 * @param writeOffsRefused       write-offs refused (more than was available)
 * @param skippedLines           non-product lines skipped, by stock code
 * @param openingStocks          stock items opened with a policy and opening stock
 * @param purchaseOrdersPlaced   purchase orders placed
 * @param purchaseOrdersReceived purchase orders received
 * @param openPurchaseOrders     purchase orders still due after the log's end
 * @param eventsWritten          events the replay caused (from the stock items' versions)
 * @param elapsed                wall time of the replay (without verification)
 * @param latencies              per kind of call: {count, p50 ms, p99 ms}
 * @param serverErrors           5xx answers
 * @param connectionFailures     calls without an answer
 * @param unexpected             other unexpected answers, by description
 * @param itemsVerified          stock items checked
 * @param projectionMismatches   stock items whose projection differs from the aggregate
 * @param ledgerMismatches       stock items whose movements do not sum to on hand
 * @param examples               a few mismatches, described
 */
public record ReplaySummary(long orders, long ordersFilled, long lines, long linesFilled, long units,
                            long unitsFilled, long returnLines, long unitsReturned, long damages, long adjustments,
                            long writeOffsRefused, Map<String, Long> skippedLines, long openingStocks,
                            long purchaseOrdersPlaced, long purchaseOrdersReceived, long openPurchaseOrders,
                            long eventsWritten, Duration elapsed, Map<String, double[]> latencies, long serverErrors,
                            long connectionFailures, Map<String, Long> unexpected, long itemsVerified,
                            long projectionMismatches, long ledgerMismatches, Map<String, String> examples) {

    /** @return whether nothing went wrong: no 5xx, no lost call, nothing unexpected, verification clean */
    public boolean clean() {
        return serverErrors == 0 && connectionFailures == 0 && unexpected.isEmpty() && projectionMismatches == 0
                && ledgerMismatches == 0;
    }

    /** Prints the closing summary. */
    public void print(PrintStream out) {
        double seconds = elapsed.toMillis() / 1000.0;
        long skipped = skippedLines.values().stream().mapToLong(Long::longValue).sum();
        out.printf("%nReplay summary%n");
        out.printf("  orders            %,d (%,d lines, %,d units)%n", orders, lines, units);
        out.printf("  filled            %,d orders, %,d lines, %,d units%n", ordersFilled, linesFilled, unitsFilled);
        out.printf("  lost sales        %,d orders (%,d units)%n", orders - ordersFilled, units - unitsFilled);
        out.printf("  fill rate         %.1f %% of orders, %.1f %% of lines, %.1f %% of units%n",
                pct(ordersFilled, orders), pct(linesFilled, lines), pct(unitsFilled, units));
        out.printf("  returns           %,d lines, %,d units%n", returnLines, unitsReturned);
        out.printf("  write-offs        %,d damages, %,d adjustments, %,d refused%n", damages, adjustments,
                writeOffsRefused);
        out.printf("  skipped           %,d non-product lines (%s)%n", skipped, top(skippedLines));
        out.printf("  purchasing        %,d opening stocks, %,d purchase orders placed, %,d received, %,d open%n",
                openingStocks, purchaseOrdersPlaced, purchaseOrdersReceived, openPurchaseOrders);
        out.printf("  events written    %,d%n", eventsWritten);
        out.printf("  elapsed           %.1f s, %.1f orders/s, %.1f calls/s%n", seconds, orders / seconds,
                latencies.values().stream().filter(v -> true).mapToDouble(v -> v[0]).sum() / seconds);
        out.printf("  5xx answers       %,d; connection failures %,d; unexpected %s%n", serverErrors,
                connectionFailures, unexpected.isEmpty() ? "none" : unexpected);
        out.printf("  latency (ms)      %-10s %10s %8s %8s%n", "call", "count", "p50", "p99");
        latencies.forEach((kind, v) -> out.printf("                    %-10s %,10d %8.2f %8.2f%n", kind, (long) v[0],
                v[1], v[2]));
        if (itemsVerified > 0) {
            out.printf("  verification      %,d stock items: projection = aggregate for %,d, movements sum to on "
                    + "hand for %,d%n", itemsVerified, itemsVerified - projectionMismatches,
                    itemsVerified - ledgerMismatches);
            examples.entrySet().stream().limit(5).forEach(e -> out.printf("    %s: %s%n", e.getKey(), e.getValue()));
        }
        out.printf("  result            %s%n", clean() ? "OK" : "FAILED");
    }

    private static double pct(long part, long whole) {
        return whole == 0 ? 100 : 100.0 * part / whole;
    }

    private static String top(Map<String, Long> counts) {
        StringBuilder s = new StringBuilder();
        counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(6)
                .forEach(e -> s.append(s.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
        return s.toString();
    }

    /** Collects the figures while the replay runs. */
    static final class Builder {
        private long orders, ordersFilled, lines, linesFilled, units, unitsFilled, returnLines, unitsReturned;
        private long damages, adjustments, writeOffsRefused, openingStocks, placed, received, open, events;
        private final Map<String, Long> skipped = new TreeMap<>();
        private final Map<String, Long> unexpected = new TreeMap<>();
        private Duration elapsed = Duration.ZERO;
        private Map<String, double[]> latencies = Map.of();
        private long serverErrors, failures, verified, projectionMismatches, ledgerMismatches;
        private Map<String, String> examples = Map.of();

        void order(boolean filled, int orderLines, long orderUnits) {
            orders++;
            lines += orderLines;
            units += orderUnits;
            if (filled) {
                ordersFilled++;
                linesFilled += orderLines;
                unitsFilled += orderUnits;
            }
        }

        long shipments() {
            return ordersFilled;
        }

        void returned(long quantity) {
            returnLines++;
            unitsReturned += quantity;
        }

        void writeOff(boolean damage, boolean accepted) {
            if (!accepted) {
                writeOffsRefused++;
            } else if (damage) {
                damages++;
            } else {
                adjustments++;
            }
        }

        void skipped(String code) {
            skipped.merge(code, 1L, Long::sum);
        }

        void unexpected(String what) {
            unexpected.merge(what, 1L, Long::sum);
        }

        void openingStock() {
            openingStocks++;
        }

        void purchaseOrderPlaced() {
            placed++;
        }

        void purchaseOrderReceived() {
            received++;
        }

        void openPurchaseOrders(long count) {
            open = count;
        }

        void events(long count) {
            events = count;
        }

        void elapsed(Duration d) {
            elapsed = d;
        }

        void calls(Map<String, double[]> byKind, long errors, long lost) {
            latencies = byKind;
            serverErrors = errors;
            failures = lost;
        }

        void verification(long items, long projection, long ledger, Map<String, String> someExamples) {
            verified = items;
            projectionMismatches = projection;
            ledgerMismatches = ledger;
            examples = someExamples;
        }

        ReplaySummary build() {
            return new ReplaySummary(orders, ordersFilled, lines, linesFilled, units, unitsFilled, returnLines,
                    unitsReturned, damages, adjustments, writeOffsRefused, Map.copyOf(skipped), openingStocks, placed,
                    received, open, events, elapsed, latencies, serverErrors, failures, Map.copyOf(unexpected),
                    verified, projectionMismatches, ledgerMismatches, examples);
        }
    }
}
