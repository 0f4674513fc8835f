package io.stockledger.inventory.api.csv;

import io.stockledger.inventory.api.warehouse.WarehouseGuard;
import io.stockledger.inventory.api.web.Commands;
import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.stock.ChangeReorderPolicy;
import io.stockledger.inventory.command.stock.CountStock;
import io.stockledger.inventory.command.stock.StockLevel;
import io.stockledger.inventory.command.warehouse.UnknownWarehouseException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Applies the valid lines of an upload, one command per line, through the same commands as the HTTP calls
 * ({@link CountStock}, {@link ChangeReorderPolicy}), so every rule of the stock item holds. A line the stock
 * item refuses (a count below reserved), or whose warehouse does not exist, is rejected; the others stay
 * applied. Every line of one upload gets the same business time, the upload's: a line changed its stock
 * item exactly when the stock item's answered {@code updatedAt} is that time (a command that changes
 * nothing appends no event and answers the earlier time). A count equal to on hand right after a count,
 * and a policy equal to the current one, change nothing, so uploading a file again changes nothing.
 */
@Component
class CsvImporter {

    private final Commands commands;
    private final WarehouseGuard warehouses;
    private final Clock clock;

    CsvImporter(Commands commands, WarehouseGuard warehouses, Clock clock) {
        this.commands = commands;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    /** @return how the count lines went */
    ImportResult counts(ParsedLines<CountLine> lines) {
        Instant at = clock.instant();
        return apply(lines, CountLine::line, CountLine::item, "countedQuantity",
                line -> new CountStock(line.item(), line.countedQuantity(), line.reason(), at), at);
    }

    /** @return how the policy lines went */
    ImportResult policies(ParsedLines<PolicyLine> lines) {
        Instant at = clock.instant();
        return apply(lines, PolicyLine::line, PolicyLine::item, "reorderPoint",
                line -> new ChangeReorderPolicy(line.item(), line.policy(), at), at);
    }

    private <T> ImportResult apply(ParsedLines<T> lines, Function<T, Long> number, Function<T, StockItemId> item,
                                   String stockField, Function<T, Object> command, Instant at) {
        int applied = 0, unchanged = 0;
        List<RejectedLine> rejected = new ArrayList<>(lines.rejected());
        for (T line : lines.valid()) {
            FieldError error;
            try {
                warehouses.existing(item.apply(line).warehouse());
                StockLevel level = commands.send(command.apply(line));
                if (at.equals(level.updatedAt())) {
                    applied++;
                } else {
                    unchanged++;
                }
                continue;
            } catch (CommandExecutionException e) {
                error = refusal(e.getCause() == null ? e : e.getCause(), stockField);
            } catch (RuntimeException e) {
                error = refusal(e, stockField);
            }
            rejected.add(new RejectedLine(number.apply(line), List.of(error)));
        }
        rejected.sort(Comparator.comparingLong(RejectedLine::line));
        return new ImportResult(applied, unchanged, List.copyOf(rejected));
    }

    private static FieldError refusal(Throwable failure, String stockField) {
        if (failure instanceof UnknownWarehouseException e) {
            return new FieldError("warehouse", e.getMessage());
        }
        if (failure instanceof InsufficientStockException e) {
            return new FieldError(stockField, e.getMessage());
        }
        if (failure instanceof InvalidValueException e) {
            return new FieldError(e.field(), e.getMessage());
        }
        if (failure instanceof ConcurrencyException) {
            return new FieldError("sku", "the stock item was busy; upload the file again (applied lines change "
                    + "nothing the second time)");
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }
}
