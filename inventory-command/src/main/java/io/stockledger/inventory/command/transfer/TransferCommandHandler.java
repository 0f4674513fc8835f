package io.stockledger.inventory.command.transfer;

import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.Shortage;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.TransferId;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.stock.AddInTransitStock;
import io.stockledger.inventory.command.stock.RecordTransferDiscrepancy;
import io.stockledger.inventory.command.stock.ReleaseStockFromTransfer;
import io.stockledger.inventory.command.stock.ReserveStockForTransfer;
import io.stockledger.inventory.command.stock.StockItem;
import io.stockledger.inventory.command.stock.TransferStockIn;
import io.stockledger.inventory.command.stock.TransferStockOut;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The transfer process over the stock items at both ends. Like the reservation process (ADR 0003, 0004),
 * each step runs in one Axon unit of work bound to one database transaction: the transfer's status change
 * and every stock item change commit together or not at all. A crash between two steps leaves the transfer
 * in its last committed status with the stock items matching it, so there is no half-done state to
 * recover and no compensation to run; a repeated step is refused by the transfer's status before any stock
 * item is touched, and the stock item commands are themselves idempotent per transfer.
 *
 * <p>Stock items are locked in the order of their identifiers, as by the reservation process, so that
 * the two processes cannot deadlock on each other.
 */
public class TransferCommandHandler {

    private final Repository<StockItem> stockItems;
    private final Repository<Transfer> transfers;

    /**
     * @param stockItems the stock item repository (event sourced, cached)
     * @param transfers  the transfer repository
     */
    public TransferCommandHandler(Repository<StockItem> stockItems, Repository<Transfer> transfers) {
        this.stockItems = stockItems;
        this.transfers = transfers;
    }

    /**
     * Hold every line at the source, then record the transfer. Every source stock item is locked and read
     * first; only when every line is covered is anything applied.
     *
     * @param command the request
     * @return the transfer, status {@code REQUESTED}; for a repeat of an existing transfer id with the same
     *         warehouses and lines, that transfer as it is now (nothing changes)
     * @throws InsufficientStockException naming every short line; nothing is held
     * @throws InvalidValueException      when a SKU's lines add up to more than {@link Quantity#MAX}, or the
     *                                    transfer id exists with other warehouses or lines
     */
    @CommandHandler
    public TransferView handle(RequestTransfer command) {
        TransferView existing = existing(command.transferId());
        Map<StockItemId, Long> merged = new LinkedHashMap<>();
        for (TransferLine line : command.lines()) {
            long total = merged.merge(new StockItemId(line.sku(), command.from()), line.quantity().value(), Long::sum);
            if (total > Quantity.MAX) {
                throw new InvalidValueException("lines", "more than " + Quantity.MAX + " units of " + line.sku()
                        + " in one transfer");
            }
        }
        List<TransferredLine> lines = new ArrayList<>();
        merged.forEach((id, quantity) -> lines.add(new TransferredLine(id.sku().value(), quantity)));
        if (existing != null) {
            if (existing.from().equals(command.from().value()) && existing.to().equals(command.to().value())
                    && existing.lines().stream().map(l -> new TransferredLine(l.sku(), l.quantity())).toList()
                    .equals(lines)) {
                return existing;
            }
            throw new InvalidValueException("transferId", "transfer " + command.transferId()
                    + " exists already with other warehouses or lines");
        }
        Map<StockItemId, Aggregate<StockItem>> sources = new TreeMap<>(Comparator.comparing(StockItemId::toString));
        merged.keySet().stream().sorted(Comparator.comparing(StockItemId::toString))
                .forEach(id -> sources.put(id, loadIfExists(id)));
        List<Shortage> shortages = new ArrayList<>();
        merged.forEach((id, quantity) -> {
            Aggregate<StockItem> item = sources.get(id);
            long available = item == null ? 0 : item.invoke(StockItem::available);
            if (available < quantity) {
                shortages.add(new Shortage(id.sku().value(), id.warehouse().value(), quantity, Math.max(available, 0)));
            }
        });
        if (!shortages.isEmpty()) {
            throw new InsufficientStockException("not enough stock in " + command.from().value() + " for "
                    + shortages.size() + " of " + merged.size() + " lines of the transfer", shortages);
        }
        sources.forEach((id, item) -> item.execute(stock -> stock.handle(new ReserveStockForTransfer(id,
                command.transferId(), new Quantity(merged.get(id)), command.occurredAt()))));
        TransferRequested requested = new TransferRequested(command.transferId().value(), command.from().value(),
                command.to().value(), lines, command.reference(), command.occurredAt());
        try {
            return transfers.newInstance(() -> new Transfer(requested)).invoke(Transfer::view);
        } catch (Exception e) {
            throw new IllegalStateException("could not record transfer " + command.transferId(), e);
        }
    }

    /**
     * Move a requested transfer's units out of on hand at the source and into transit at the destination.
     *
     * @param command the transfer and tracking number
     * @return the transfer, status {@code IN_TRANSIT}
     * @throws UnknownTransferException  when there is no such transfer
     * @throws TransferNotOpenException when it is not {@code REQUESTED}
     */
    @CommandHandler
    public TransferView handle(DispatchTransfer command) {
        Aggregate<Transfer> transfer = load(command.transferId());
        List<TransferredLine> lines = transfer.invoke(t -> t.dispatch(command.trackingNumber(), command.occurredAt()));
        WarehouseCode from = new WarehouseCode(transfer.invoke(Transfer::from));
        WarehouseCode to = new WarehouseCode(transfer.invoke(Transfer::to));
        Steps steps = new Steps();
        for (TransferredLine line : lines) {
            StockItemId source = StockItemId.of(line.sku(), from.value());
            StockItemId destination = StockItemId.of(line.sku(), to.value());
            steps.add(source, () -> stockItems.load(source.toString()).execute(stock -> {
                long held = stock.heldFor(command.transferId().value());
                if (held != line.quantity()) {
                    throw new IllegalStateException("ledger inconsistent: transfer " + command.transferId()
                            + " holds " + held + " units of " + source + ", expected " + line.quantity());
                }
                stock.handle(new TransferStockOut(source, command.transferId(), to, command.occurredAt()));
            }));
            steps.add(destination, () -> loadOrCreate(destination)
                    .execute(stock -> stock.handle(new AddInTransitStock(destination, command.transferId(),
                            new Quantity(line.quantity()), from, command.trackingNumber(), command.occurredAt()))));
        }
        steps.run();
        return transfer.invoke(Transfer::view);
    }

    /**
     * Receive a dispatched transfer: at the destination, its units leave in transit and the received ones
     * go on hand; where a SKU arrived short or over, the source's ledger records the discrepancy too.
     *
     * @param command the transfer and the units that arrived
     * @return the transfer, status {@code COMPLETED}, with its discrepancies
     * @throws UnknownTransferException  when there is no such transfer
     * @throws TransferNotOpenException when it is not {@code IN_TRANSIT}
     * @throws InvalidValueException     when a received SKU is not on the transfer
     */
    @CommandHandler
    public TransferView handle(ReceiveTransfer command) {
        Aggregate<Transfer> transfer = load(command.transferId());
        Map<String, Long> received = new LinkedHashMap<>();
        for (ReceivedLine line : command.lines()) {
            long total = received.merge(line.sku().value(), line.quantity(), Long::sum);
            if (total > Quantity.MAX) {
                throw new InvalidValueException("lines", "more than " + Quantity.MAX + " units of " + line.sku()
                        + " received");
            }
        }
        List<ReceiptLine> receipt = transfer.invoke(t -> t.receive(received, command.occurredAt()));
        WarehouseCode from = new WarehouseCode(transfer.invoke(Transfer::from));
        WarehouseCode to = new WarehouseCode(transfer.invoke(Transfer::to));
        Steps steps = new Steps();
        for (ReceiptLine line : receipt) {
            StockItemId source = StockItemId.of(line.sku(), from.value());
            StockItemId destination = StockItemId.of(line.sku(), to.value());
            steps.add(destination, () -> stockItems.load(destination.toString()).execute(stock -> stock.handle(
                    new TransferStockIn(destination, command.transferId(), line.received(), from,
                            command.occurredAt()))));
            if (line.difference() != 0) {
                steps.add(source, () -> stockItems.load(source.toString()).execute(stock -> stock.handle(
                        new RecordTransferDiscrepancy(source, command.transferId(), to, line.expected(),
                                line.received(), command.occurredAt()))));
            }
        }
        steps.run();
        return transfer.invoke(Transfer::view);
    }

    /**
     * Cancel a transfer before dispatch and release its holds at the source.
     *
     * @param command the transfer
     * @return the transfer, status {@code CANCELLED}
     * @throws UnknownTransferException  when there is no such transfer
     * @throws TransferNotOpenException when it is not {@code REQUESTED}
     */
    @CommandHandler
    public TransferView handle(CancelTransfer command) {
        Aggregate<Transfer> transfer = load(command.transferId());
        List<TransferredLine> lines = transfer.invoke(t -> t.cancel(command.occurredAt()));
        String from = transfer.invoke(Transfer::from);
        Steps steps = new Steps();
        for (TransferredLine line : lines) {
            StockItemId source = StockItemId.of(line.sku(), from);
            steps.add(source, () -> stockItems.load(source.toString()).execute(stock -> stock.handle(
                    new ReleaseStockFromTransfer(source, command.transferId(), command.occurredAt()))));
        }
        steps.run();
        return transfer.invoke(Transfer::view);
    }

    private Aggregate<Transfer> load(TransferId id) {
        try {
            return transfers.load(id.value());
        } catch (AggregateNotFoundException e) {
            throw new UnknownTransferException(id.value());
        }
    }

    /** @return the transfer with this id, or {@code null} when it is new */
    private TransferView existing(TransferId id) {
        try {
            return transfers.load(id.value()).invoke(Transfer::view);
        } catch (AggregateNotFoundException firstTime) {
            return null;
        }
    }

    private Aggregate<StockItem> loadIfExists(StockItemId id) {
        try {
            return stockItems.load(id.toString());
        } catch (AggregateNotFoundException e) {
            return null;
        }
    }

    private Aggregate<StockItem> loadOrCreate(StockItemId id) {
        try {
            return stockItems.loadOrCreate(id.toString(), StockItem::new);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not create stock item " + id, e);
        }
    }

    /** Stock item changes of one step, run in the order of the stock items' identifiers (lock order). */
    private static final class Steps {

        private final List<Map.Entry<StockItemId, Runnable>> steps = new ArrayList<>();

        void add(StockItemId item, Runnable step) {
            steps.add(Map.entry(item, step));
        }

        void run() {
            steps.stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(StockItemId::toString)))
                    .map(Map.Entry::getValue)
                    .forEach(Runnable::run);
        }
    }
}
