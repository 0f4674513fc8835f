package io.stockledger.inventory.api.csv;

import io.stockledger.inventory.command.common.ClientReference;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.WarehouseCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Checks the values of one uploaded line, collecting every error instead of stopping at the first, so a
 * rejected line names all its problems.
 */
final class LineCheck {

    private final CsvRow row;
    private final List<FieldError> errors = new ArrayList<>();

    /** @param row the line */
    LineCheck(CsvRow row) {
        this.row = row;
        if (row.extraValues() > 0) {
            errors.add(new FieldError("line", "the line has " + row.extraValues()
                    + " more value(s) than the header has columns"));
        }
    }

    /** @return the SKU, or {@code null} (error recorded) */
    Sku sku() {
        return check(() -> new Sku(required("sku")));
    }

    /** @return the warehouse code, or {@code null} (error recorded) */
    WarehouseCode warehouse() {
        return check(() -> new WarehouseCode(required("warehouse")));
    }

    /**
     * @param column   the column
     * @param min      least value
     * @param max      greatest value
     * @param required whether an empty value is an error
     * @return the whole number, or {@code null} (empty and not required, or error recorded)
     */
    Long integer(String column, long min, long max, boolean required) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(new FieldError(column, column + " is required"));
            }
            return null;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(column, column + " must be a whole number between " + min + " and " + max));
        return null;
    }

    /** @return the free text (1–128 printable characters), or {@code null} (empty, or error recorded) */
    String text(String column) {
        return check(() -> ClientReference.check(column, row.get(column), false));
    }

    /**
     * Records an error unless this is the first line of the upload for the stock item.
     *
     * @param item  the line's stock item
     * @param lines the first line of each stock item so far; this line is added when it is the first
     */
    void firstFor(StockItemId item, Map<StockItemId, Long> lines) {
        Long first = lines.putIfAbsent(item, row.line());
        if (first != null) {
            errors.add(new FieldError("sku", "stock item " + item + " is on line " + first
                    + " already; a file may name a stock item once"));
        }
    }

    /**
     * @param value builds a value, throwing {@link InvalidValueException} naming the field when it is invalid
     * @return the value, or {@code null} (error recorded)
     */
    <T> T check(Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldError(e.field(), e.getMessage()));
            return null;
        }
    }

    /** @return whether no error was found */
    boolean ok() {
        return errors.isEmpty();
    }

    /** @return the line as rejected, with its errors */
    RejectedLine rejected() {
        return new RejectedLine(row.line(), List.copyOf(errors));
    }

    private String required(String column) {
        String value = row.get(column);
        if (value == null) {
            throw new InvalidValueException(column, column + " is required");
        }
        return value;
    }
}
