package io.stockledger.inventory.command.transfer;

import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.Shortage;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.TransferId;
import io.stockledger.inventory.command.stock.Balances;
import io.stockledger.inventory.command.stock.RecordDamage;
import io.stockledger.inventory.command.stock.StockLevel;
import io.stockledger.inventory.command.stock.StockTransferredIn;
import io.stockledger.inventory.command.stock.TransferDiscrepancyRecorded;
import io.stockledger.inventory.command.transfer.TransferFixture.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.stockledger.inventory.command.transfer.TransferFixture.FROM;
import static io.stockledger.inventory.command.transfer.TransferFixture.T0;
import static io.stockledger.inventory.command.transfer.TransferFixture.TO;
import static io.stockledger.inventory.command.transfer.TransferFixture.got;
import static io.stockledger.inventory.command.transfer.TransferFixture.item;
import static io.stockledger.inventory.command.transfer.TransferFixture.line;
import static io.stockledger.inventory.command.transfer.TransferFixture.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conservation of stock over a seeded random mix of transfers in both directions between two warehouses
 * (requested, dispatched, received short, exact or over, cancelled, refused steps) and ordinary receipts and
 * damage: after every step, per SKU and in total, on hand + in transit + damaged across both warehouses
 * (reserved units are inside on hand) equals what was received from outside plus the differences of the
 * recorded transfer discrepancies, and nothing else. Each stock item's reserved units are exactly the holds
 * of the open requested transfers from it, and its in-transit units exactly the dispatched, unreceived
 * transfers to it. Quantities are read from the aggregates through their repository and cross-checked
 * against the {@code after} balances of their stored events.
 */
class TransferConservationTest {

    private static final List<String> SKUS = List.of("SKU-A", "SKU-B", "SKU-C", "SKU-D");
    private static final List<String> WAREHOUSES = List.of(FROM, TO);
    private static final int STEPS = 300;

    private TransferFixture fx;

    /** What the test expects of one transfer. */
    private static final class Expected {
        final TransferId id;
        final String from;
        final String to;
        final Map<String, Long> lines;
        TransferStatus status = TransferStatus.REQUESTED;

        Expected(TransferId id, String from, String to, Map<String, Long> lines) {
            this.id = id;
            this.from = from;
            this.to = to;
            this.lines = lines;
        }
    }

    private final Map<TransferId, Expected> transfers = new LinkedHashMap<>();
    /** SKU → units received from outside (ordinary receipts). */
    private final Map<String, Long> external = new HashMap<>();
    /** SKU → sum of received − expected over completed transfers. */
    private final Map<String, Long> differences = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    @BeforeEach
    void start() {
        fx = new TransferFixture();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20240301L, 7L})
    void unitsAcrossWarehousesChangeOnlyByReceiptsAndRecordedDiscrepancies(long seed) {
        Random random = new Random(seed);
        receipt("SKU-A", FROM, 30);
        receipt("SKU-B", FROM, 30);
        receipt("SKU-C", FROM, 30);
        receipt("SKU-A", TO, 20);
        receipt("SKU-B", TO, 20);
        receipt("SKU-D", FROM, 15); // SKU-D@DC-002 has no history until a first dispatch creates it
        check("initial");

        for (int step = 0; step < STEPS; step++) {
            int op = random.nextInt(100);
            String done;
            if (op < 8) {
                done = receiptStep(random);
            } else if (op < 13) {
                done = damageStep(random);
            } else if (op < 40) {
                done = requestStep(random);
            } else if (op < 60) {
                done = dispatchStep(random);
            } else if (op < 80) {
                done = receiveStep(random);
            } else if (op < 90) {
                done = cancelStep(random);
            } else {
                done = refusedStep(random);
            }
            check("step " + step + " (" + done + ")");
        }

        // the mix must have exercised every path, or the property proved little
        assertThat(counts).as("steps taken").containsKeys("receipt", "damage", "request", "insufficient",
                "dispatch", "receive-short", "receive-over", "receive-exact", "cancel", "not-open");
        assertThat(fx.level("SKU-D", TO)).as("created by a dispatch").isNotNull();
        assertThat(differences.values().stream().mapToLong(Long::longValue).sum()).isNotZero();
        assertThat(fx.payloadsOfType(TransferDiscrepancyRecorded.class)).isNotEmpty();
    }

    // ---------------------------------------------------------------- steps

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    private void receipt(String sku, String warehouse, long quantity) {
        fx.receiveStock(sku, warehouse, quantity);
        external.merge(sku, quantity, Long::sum);
    }

    private String receiptStep(Random random) {
        String sku = SKUS.get(random.nextInt(SKUS.size()));
        String warehouse = WAREHOUSES.get(random.nextInt(2));
        long quantity = 1 + random.nextInt(15);
        receipt(sku, warehouse, quantity);
        count("receipt");
        return "receipt " + quantity + " " + sku + "@" + warehouse;
    }

    private String damageStep(Random random) {
        String sku = SKUS.get(random.nextInt(SKUS.size()));
        String warehouse = WAREHOUSES.get(random.nextInt(2));
        StockLevel level = fx.level(sku, warehouse);
        if (level == null || level.available() < 1) {
            return "no damage";
        }
        long quantity = 1 + random.nextInt((int) Math.min(3, level.available()));
        fx.send(new RecordDamage(item(sku, warehouse), new Quantity(quantity), "dropped", T0));
        count("damage");
        return "damage " + quantity + " " + sku + "@" + warehouse;
    }

    private String requestStep(Random random) {
        boolean forward = random.nextInt(3) > 0;
        String from = forward ? FROM : TO;
        String to = forward ? TO : FROM;
        List<TransferLine> lines = new ArrayList<>();
        Map<String, Long> merged = new LinkedHashMap<>();
        int lineCount = 1 + random.nextInt(3);
        for (int i = 0; i < lineCount; i++) {
            String sku = SKUS.get(random.nextInt(SKUS.size()));
            long quantity = 1 + random.nextInt(12);
            lines.add(line(sku, quantity));
            merged.merge(sku, quantity, Long::sum);
        }
        List<Shortage> expectedShortages = new ArrayList<>();
        merged.forEach((sku, quantity) -> {
            StockLevel level = fx.level(sku, from);
            long available = level == null ? 0 : level.available();
            if (available < quantity) {
                expectedShortages.add(new Shortage(sku, from, quantity, available));
            }
        });
        TransferId id = TransferId.random();
        RequestTransfer command = TransferFixture.requestCommand(id, from, to, lines);
        if (!expectedShortages.isEmpty()) {
            Snapshot before = snapshotOf(id);
            Throwable thrown = refusal(() -> fx.send(command));
            assertThat(thrown).isInstanceOfSatisfying(InsufficientStockException.class,
                    e -> assertThat(e.shortages()).isEqualTo(expectedShortages));
            assertThat(snapshotOf(id)).as("a refused request changes nothing").isEqualTo(before);
            count("insufficient");
            return "refused request " + merged + " " + from + "→" + to;
        }
        TransferView view = fx.send(command);
        assertThat(view.status()).isEqualTo(TransferStatus.REQUESTED);
        assertThat(view.lines()).extracting(TransferView.Line::sku).containsExactlyElementsOf(merged.keySet());
        transfers.put(id, new Expected(id, from, to, merged));
        count("request");
        return "request " + merged + " " + from + "→" + to;
    }

    private Expected pick(Random random, TransferStatus status) {
        List<Expected> candidates = transfers.values().stream().filter(t -> t.status == status).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private String dispatchStep(Random random) {
        Expected transfer = pick(random, TransferStatus.REQUESTED);
        if (transfer == null) {
            return "nothing to dispatch";
        }
        TransferView view = fx.dispatch(transfer.id, random.nextBoolean() ? "TRK-" + random.nextInt(1000) : null);
        assertThat(view.status()).isEqualTo(TransferStatus.IN_TRANSIT);
        transfer.status = TransferStatus.IN_TRANSIT;
        count("dispatch");
        return "dispatch " + transfer.id;
    }

    private String receiveStep(Random random) {
        Expected transfer = pick(random, TransferStatus.IN_TRANSIT);
        if (transfer == null) {
            return "nothing to receive";
        }
        List<ReceivedLine> lines = new ArrayList<>();
        Map<String, Long> received = new LinkedHashMap<>();
        transfer.lines.forEach((sku, expected) -> {
            int kind = random.nextInt(10);
            long quantity;
            if (kind < 3) {
                quantity = expected;
            } else if (kind < 4) {
                received.put(sku, 0L); // not named: arrived as 0 units
                return;
            } else {
                quantity = Math.max(0, expected + random.nextInt(9) - 4);
            }
            if (quantity > 1 && random.nextInt(4) == 0) {
                long part = 1 + random.nextInt((int) quantity - 1);
                lines.add(got(sku, part));
                lines.add(got(sku, quantity - part));
            } else {
                lines.add(got(sku, quantity));
            }
            received.put(sku, quantity);
        });
        TransferView view = fx.receive(transfer.id, lines.toArray(ReceivedLine[]::new));
        assertThat(view.status()).isEqualTo(TransferStatus.COMPLETED);
        List<TransferView.Discrepancy> expectedDiscrepancies = new ArrayList<>();
        long net = 0;
        for (Map.Entry<String, Long> line : transfer.lines.entrySet()) {
            long difference = received.get(line.getKey()) - line.getValue();
            if (difference != 0) {
                expectedDiscrepancies.add(new TransferView.Discrepancy(line.getKey(), line.getValue(),
                        received.get(line.getKey()), difference));
                differences.merge(line.getKey(), difference, Long::sum);
            }
            net += difference;
        }
        assertThat(view.discrepancies()).isEqualTo(expectedDiscrepancies);
        transfer.status = TransferStatus.COMPLETED;
        count(net < 0 ? "receive-short" : net > 0 ? "receive-over" : "receive-exact");
        return "receive " + received + " of " + transfer.lines;
    }

    private String cancelStep(Random random) {
        Expected transfer = pick(random, TransferStatus.REQUESTED);
        if (transfer == null) {
            return "nothing to cancel";
        }
        assertThat(fx.cancel(transfer.id).status()).isEqualTo(TransferStatus.CANCELLED);
        transfer.status = TransferStatus.CANCELLED;
        count("cancel");
        return "cancel " + transfer.id;
    }

    /** A step out of order: dispatch or cancel unless requested, receive unless in transit. */
    private String refusedStep(Random random) {
        List<Expected> closed = transfers.values().stream().filter(t -> t.status != TransferStatus.REQUESTED)
                .toList();
        if (closed.isEmpty()) {
            return "nothing to refuse";
        }
        Expected transfer = closed.get(random.nextInt(closed.size()));
        Snapshot before = snapshotOf(transfer.id);
        List<ReceivedLine> all = new ArrayList<>();
        transfer.lines.forEach((sku, quantity) -> all.add(got(sku, quantity)));
        String step;
        Throwable thrown;
        if (transfer.status == TransferStatus.IN_TRANSIT) {
            step = random.nextBoolean() ? "dispatch" : "cancel";
            thrown = refusal(() -> {
                if (step.equals("dispatch")) {
                    fx.dispatch(transfer.id, "TRK-AGAIN");
                } else {
                    fx.cancel(transfer.id);
                }
            });
        } else {
            step = List.of("dispatch", "cancel", "receive").get(random.nextInt(3));
            thrown = refusal(() -> {
                switch (step) {
                    case "dispatch" -> fx.dispatch(transfer.id, "TRK-AGAIN");
                    case "cancel" -> fx.cancel(transfer.id);
                    default -> fx.receive(transfer.id, all.toArray(ReceivedLine[]::new));
                }
            });
        }
        assertThat(thrown).isInstanceOf(TransferNotOpenException.class)
                .hasMessageContaining(transfer.status.name());
        assertThat(snapshotOf(transfer.id)).as("a refused %s changes nothing", step).isEqualTo(before);
        count("not-open");
        return "refused " + step + " of " + transfer.status + " " + transfer.id;
    }

    private Snapshot snapshotOf(TransferId id) {
        List<StockItemId> items = new ArrayList<>();
        SKUS.forEach(sku -> WAREHOUSES.forEach(warehouse -> items.add(item(sku, warehouse))));
        return fx.snapshot(items, List.of(id));
    }

    // ---------------------------------------------------------------- the property

    private void check(String when) {
        Map<String, Long> recordedDifferences = new HashMap<>();
        fx.payloadsOfType(TransferDiscrepancyRecorded.class)
                .forEach(d -> recordedDifferences.merge(d.sku(), d.difference(), Long::sum));
        Map<String, Long> receivedDifferences = new HashMap<>();
        fx.payloadsOfType(StockTransferredIn.class)
                .forEach(d -> receivedDifferences.merge(d.sku(), d.difference(), Long::sum));
        long total = 0;
        long expectedTotal = 0;
        for (String sku : SKUS) {
            long units = 0;
            for (String warehouse : WAREHOUSES) {
                StockLevel level = fx.level(sku, warehouse);
                long holds = openQuantity(sku, warehouse, null, TransferStatus.REQUESTED);
                long inbound = openQuantity(sku, null, warehouse, TransferStatus.IN_TRANSIT);
                if (level == null) {
                    assertThat(holds + inbound).as("%s: %s@%s has no history", when, sku, warehouse).isZero();
                    continue;
                }
                Balances balances = new Balances(level.onHand(), level.reserved(), level.damaged(),
                        level.inTransit());
                assertThat(fx.balancesOf(sku, warehouse)).as("%s: stored balances of %s@%s", when, sku, warehouse)
                        .isEqualTo(balances);
                assertThat(level.available()).as("%s: available of %s@%s", when, sku, warehouse)
                        .isEqualTo(level.onHand() - level.reserved()).isNotNegative();
                assertThat(level.damaged()).as("%s: damaged of %s@%s", when, sku, warehouse).isNotNegative();
                assertThat(level.reserved()).as("%s: reserved of %s@%s = open holds", when, sku, warehouse)
                        .isEqualTo(holds);
                assertThat(level.inTransit()).as("%s: in transit to %s@%s", when, sku, warehouse)
                        .isEqualTo(inbound);
                units += level.onHand() + level.inTransit() + level.damaged();
            }
            long difference = differences.getOrDefault(sku, 0L);
            assertThat(recordedDifferences.getOrDefault(sku, 0L)).as("%s: recorded discrepancy of %s", when, sku)
                    .isEqualTo(difference);
            assertThat(receivedDifferences.getOrDefault(sku, 0L)).as("%s: received differences of %s", when, sku)
                    .isEqualTo(difference);
            assertThat(units).as("%s: units of %s across warehouses", when, sku)
                    .isEqualTo(external.getOrDefault(sku, 0L) + difference);
            total += units;
            expectedTotal += external.getOrDefault(sku, 0L) + difference;
        }
        assertThat(total).as("%s: units across warehouses", when).isEqualTo(expectedTotal);
    }

    /** Units of a SKU of the transfers in a status, from a warehouse or to a warehouse. */
    private long openQuantity(String sku, String from, String to, TransferStatus status) {
        return transfers.values().stream()
                .filter(t -> t.status == status && (from == null || t.from.equals(from))
                        && (to == null || t.to.equals(to)))
                .mapToLong(t -> t.lines.getOrDefault(sku, 0L))
                .sum();
    }
}
