package io.stockledger.inventory.api.replay;

import com.fasterxml.jackson.databind.JsonNode;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Drives a running service through a retail log as a shop would, in the log's own time order: each invoice
 * is an order (all lines reserved, then shipped; a refusal is a lost sale), a cancellation is a sellable
 * return, other negative lines are damages or adjustments, and a purchasing department ({@link
 * PurchasingPlan}) opens each stock item with a reorder policy and opening stock and places a purchase
 * order whenever available falls to the reorder point, received {@value PurchasingPlan#LEAD_TIME_DAYS}
 * days later in log time; a lost sale places one at once for the shortfall. Customers in the United Kingdom are served from {@code UK-1}, all others from
 * {@code EU-1}. Every change carries the log's time as {@code occurredAt}. An invoice with more lines than
 * the service takes in one order ({@value #MAX_LINES}) is sent as several orders ({@code 581219-1}, …).
 *
 * <p>The replay keeps its own model of every stock item from the service's answers (the aggregates'
 * state), and afterwards checks that the projections caught up and agree with it, and that each stock
 * item's movements sum to its on hand.
 */
final class Replay {

    /** Most lines the service takes in one order (its default {@code stockledger.reservations.max-lines}). */
    static final int MAX_LINES = 200;

    private static final Pattern DAMAGE = Pattern.compile(
            "(?i).*(damage|broken|smash|crush|wet|rust|mould|faulty|thrown away|destroyed|unsaleable).*");

    /** The replay's view of one stock item, from the service's answers. */
    private static final class Item {
        final String sku;
        final String warehouse;
        final PurchasingPlan.Policy policy;
        long onHand;
        long reserved;
        long damaged;
        long version = -1;
        boolean orderOpen;

        Item(String sku, String warehouse, PurchasingPlan.Policy policy) {
            this.sku = sku;
            this.warehouse = warehouse;
            this.policy = policy;
        }

        void set(JsonNode level) {
            onHand = level.path("onHand").asLong();
            reserved = level.path("reserved").asLong();
            damaged = level.path("damaged").asLong();
            version = level.path("version").asLong();
        }

        long available() {
            return onHand - reserved;
        }
    }

    private record PurchaseOrder(Instant due, Item item, long quantity, int number) {
    }

    private final ReplayClient client;
    private final ReplaySummary.Builder summary = new ReplaySummary.Builder();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final PriorityQueue<PurchaseOrder> purchaseOrders = new PriorityQueue<>(
            (a, b) -> a.due().equals(b.due()) ? Integer.compare(a.number(), b.number()) : a.due().compareTo(b.due()));
    private PurchasingPlan plan;
    private int purchaseOrderCount;

    Replay(ReplayClient client) {
        this.client = client;
    }

    /**
     * @param invoices the log in time order
     * @param verify   whether to check the projections afterwards
     * @return what happened
     */
    ReplaySummary run(List<RetailLog.Invoice> invoices, boolean verify) {
        long start = System.nanoTime();
        plan = PurchasingPlan.of(invoices, Replay::warehouseOf);
        warehouse("UK-1", "United Kingdom", 10);
        warehouse("EU-1", "Europe", 0);
        try (ProgressBar progress = new ProgressBarBuilder().setTaskName("Replay").setInitialMax(invoices.size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setUnit(" invoices", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            for (RetailLog.Invoice invoice : invoices) {
                deliverDue(invoice.at());
                if (invoice.isCancellation()) {
                    cancellation(invoice);
                } else {
                    invoice(invoice);
                }
                progress.step();
            }
        }
        summary.openPurchaseOrders(purchaseOrders.size());
        summary.elapsed(Duration.ofNanos(System.nanoTime() - start));
        long events = 2; // the two warehouses
        for (Item item : items.values()) {
            events += item.version + 1;
        }
        summary.events(events + summary.shipments() * 2);
        if (verify) {
            verify();
        }
        summary.calls(client.latencySummary(), client.serverErrors(), client.failures());
        return summary.build();
    }

    static String warehouseOf(RetailLog.Invoice invoice) {
        return "United Kingdom".equals(invoice.country()) ? "UK-1" : "EU-1";
    }

    private void invoice(RetailLog.Invoice invoice) {
        String wh = warehouseOf(invoice);
        Map<Item, Long> order = new LinkedHashMap<>();
        for (RetailLog.Line line : invoice.lines()) {
            if (!line.isProduct()) {
                summary.skipped(line.stockCode());
                continue;
            }
            Item item = item(line.stockCode(), wh, invoice.at());
            if (line.quantity() > 0) {
                order.merge(item, line.quantity(), Long::sum);
            } else if (line.quantity() < 0) {
                writeOff(item, -line.quantity(), line.description(), invoice.at());
            }
        }
        if (order.isEmpty()) {
            return;
        }
        List<Map.Entry<Item, Long>> all = new ArrayList<>(order.entrySet());
        int parts = (all.size() + MAX_LINES - 1) / MAX_LINES;
        for (int part = 0; part < parts; part++) {
            Map<Item, Long> slice = new LinkedHashMap<>();
            all.subList(part * MAX_LINES, Math.min(all.size(), (part + 1) * MAX_LINES))
                    .forEach(e -> slice.put(e.getKey(), e.getValue()));
            order(parts == 1 ? invoice.number() : invoice.number() + "-" + (part + 1), slice, invoice.at());
        }
    }

    /** Reserves and ships one order (an invoice, or a part of an invoice with more lines than the service takes). */
    private void order(String orderId, Map<Item, Long> order, Instant at) {
        List<Map<String, Object>> lines = new ArrayList<>();
        order.forEach((item, quantity) -> lines.add(Map.of("sku", item.sku, "warehouse", item.warehouse,
                "quantity", quantity)));
        long units = order.values().stream().mapToLong(Long::longValue).sum();
        ReplayClient.Answer placed = client.post("reserve", "/api/v1/reservations", Map.of("orderId",
                orderId, "ttlSeconds", 0, "occurredAt", at.toString(), "lines", lines));
        if (placed.status() == 201) {
            ReplayClient.Answer shipped = client.post("ship", "/api/v1/reservations/"
                    + placed.body().path("reservationId").asText() + "/ship", Map.of("occurredAt", at.toString()));
            if (shipped.status() == 200) {
                order.forEach((item, quantity) -> {
                    item.onHand -= quantity;
                    item.version += 2;
                });
                summary.order(true, order.size(), units);
            } else {
                summary.unexpected("ship " + shipped.status());
                order.forEach((item, quantity) -> {
                    item.reserved += quantity;
                    item.version += 1;
                });
            }
        } else if (placed.status() == 409) {
            summary.order(false, order.size(), units);
            for (JsonNode shortage : placed.body().path("shortages")) {
                Item item = items.get(shortage.path("sku").asText() + "@" + shortage.path("warehouse").asText());
                if (item != null) {
                    expedite(item, shortage.path("requested").asLong() - shortage.path("available").asLong(), at);
                }
            }
        } else {
            summary.unexpected("reserve " + placed.status() + " " + placed.body().path("detail").asText());
        }
        order.keySet().forEach(item -> reorder(item, at));
    }

    private void cancellation(RetailLog.Invoice invoice) {
        String wh = warehouseOf(invoice);
        for (RetailLog.Line line : invoice.lines()) {
            if (!line.isProduct()) {
                summary.skipped(line.stockCode());
                continue;
            }
            if (line.quantity() >= 0) {
                summary.unexpected("cancellation line with quantity " + line.quantity());
                continue;
            }
            Item item = item(line.stockCode(), wh, invoice.at());
            ReplayClient.Answer answer = client.post("return", "/api/v1/stock/returns", Map.of("sku", item.sku,
                    "warehouse", item.warehouse, "quantity", -line.quantity(), "orderId", invoice.number(),
                    "condition", "SELLABLE", "occurredAt", invoice.at().toString()));
            if (answer.status() == 200) {
                item.set(answer.body());
                summary.returned(-line.quantity());
            } else {
                summary.unexpected("return " + answer.status());
            }
        }
    }

    private void writeOff(Item item, long quantity, String description, Instant at) {
        String reason = description.isBlank() ? "stock write-off" : truncate(description);
        boolean damage = DAMAGE.matcher(reason).matches();
        ReplayClient.Answer answer = damage
                ? client.post("damage", "/api/v1/stock/damages", Map.of("sku", item.sku, "warehouse", item.warehouse,
                "quantity", quantity, "reason", reason, "occurredAt", at.toString()))
                : client.post("adjust", "/api/v1/stock/adjustments", Map.of("sku", item.sku, "warehouse",
                item.warehouse, "delta", -quantity, "reason", reason, "occurredAt", at.toString()));
        if (answer.status() == 200) {
            item.set(answer.body());
            summary.writeOff(damage, true);
            reorder(item, at);
        } else if (answer.status() == 409) {
            summary.writeOff(damage, false);
        } else {
            summary.unexpected((damage ? "damage " : "adjust ") + answer.status());
        }
    }

    private Item item(String sku, String warehouse, Instant at) {
        String id = sku + "@" + warehouse;
        Item item = items.get(id);
        if (item != null) {
            return item;
        }
        PurchasingPlan.Policy policy = plan.policy(id);
        item = new Item(sku, warehouse, policy);
        items.put(id, item);
        ReplayClient.Answer set = client.put("policy", "/api/v1/stock/" + sku + "/" + warehouse + "/policy",
                Map.of("reorderPoint", policy.reorderPoint(), "reorderQuantity", policy.reorderQuantity(),
                        "safetyStock", policy.safetyStock(), "maxStock", policy.maxStock(),
                        "leadTimeDays", PurchasingPlan.LEAD_TIME_DAYS));
        if (set.status() != 200) {
            summary.unexpected("policy " + set.status());
        }
        receive(item, policy.openingStock(), "OPENING-" + sku, at);
        summary.openingStock();
        return item;
    }

    private void reorder(Item item, Instant at) {
        if (!item.orderOpen && item.available() <= item.policy.reorderPoint()) {
            item.orderOpen = true;
            purchaseOrders.add(new PurchaseOrder(at.plus(Duration.ofDays(PurchasingPlan.LEAD_TIME_DAYS)), item,
                    item.policy.reorderQuantity(), ++purchaseOrderCount));
            summary.purchaseOrderPlaced();
        }
    }

    /**
     * A lost sale is a demand signal: when no purchase order is open for the short item, one is placed at
     * once for Q plus the shortfall, whatever the reorder point says.
     */
    private void expedite(Item item, long shortfall, Instant at) {
        if (!item.orderOpen && shortfall > 0) {
            item.orderOpen = true;
            purchaseOrders.add(new PurchaseOrder(at.plus(Duration.ofDays(PurchasingPlan.LEAD_TIME_DAYS)), item,
                    item.policy.reorderQuantity() + shortfall, ++purchaseOrderCount));
            summary.purchaseOrderPlaced();
        }
    }

    private void deliverDue(Instant now) {
        while (!purchaseOrders.isEmpty() && !purchaseOrders.peek().due().isAfter(now)) {
            PurchaseOrder po = purchaseOrders.poll();
            po.item().orderOpen = false;
            receive(po.item(), po.quantity(), "PO-" + po.number(), po.due());
            summary.purchaseOrderReceived();
            reorder(po.item(), po.due());
        }
    }

    private void receive(Item item, long quantity, String reference, Instant at) {
        ReplayClient.Answer answer = client.post("receipt", "/api/v1/stock/receipts", Map.of("sku", item.sku,
                "warehouse", item.warehouse, "quantity", quantity, "unitCost", item.policy.unitCost(),
                "reference", reference, "occurredAt", at.toString()));
        if (answer.status() == 200) {
            item.set(answer.body());
        } else {
            summary.unexpected("receipt " + answer.status());
        }
    }

    private void warehouse(String code, String name, int priority) {
        ReplayClient.Answer answer = client.post("warehouse", "/api/v1/warehouses", Map.of("code", code, "name", name,
                "priority", priority));
        if (answer.status() != 201 && answer.status() != 409) {
            summary.unexpected("warehouse " + answer.status());
        }
    }

    /** Waits for the projections, then compares them with the aggregates' answers and the ledger. */
    private void verify() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        int mismatches = 0;
        int ledgerMismatches = 0;
        Map<String, String> examples = new TreeMap<>();
        for (Item item : items.values()) {
            JsonNode level = client.get("verify", "/api/v1/stock/" + item.sku + "/" + item.warehouse).body();
            while (level.path("version").asLong(-1) < item.version && Instant.now().isBefore(deadline)) {
                sleep();
                level = client.get("verify", "/api/v1/stock/" + item.sku + "/" + item.warehouse).body();
            }
            if (level.path("version").asLong(-1) != item.version || level.path("onHand").asLong() != item.onHand
                    || level.path("reserved").asLong() != item.reserved || level.path("damaged").asLong() != item.damaged) {
                mismatches++;
                examples.putIfAbsent(item.sku + "@" + item.warehouse, "projection " + level + " vs aggregate onHand="
                        + item.onHand + " reserved=" + item.reserved + " version=" + item.version);
            }
            // The movements projection runs apart from the stock levels: give it time to catch up too.
            long sum = ledgerSum(item);
            while (sum != item.onHand && Instant.now().isBefore(deadline)) {
                sleep();
                sum = ledgerSum(item);
            }
            if (sum != item.onHand) {
                ledgerMismatches++;
                examples.putIfAbsent(item.sku + "@" + item.warehouse + " ledger", "movements sum " + sum
                        + " vs onHand " + item.onHand);
            }
        }
        summary.verification(items.size(), mismatches, ledgerMismatches, new HashMap<>(examples));
    }

    private long ledgerSum(Item item) {
        long sum = 0;
        for (int page = 0; ; page++) {
            JsonNode movements = client.get("verify", "/api/v1/stock/" + item.sku + "/movements?warehouse="
                    + item.warehouse + "&size=500&page=" + page).body().path("items");
            for (JsonNode m : movements) {
                sum += m.path("quantity").asLong();
            }
            if (movements.size() < 500) {
                return sum;
            }
        }
    }

    private static String truncate(String reason) {
        return reason.length() <= 128 ? reason : reason.substring(0, 128);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
