package io.stockledger.inventory.api.csv;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.WarehouseCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The count upload: columns {@code sku, warehouse, countedQuantity} and optionally {@code reason}; one line
 * per stock item counted. Each line is checked like the body of {@code POST /api/v1/stock/counts}
 * (countedQuantity 0 … 10⁹, reason 1–128 printable characters); a stock item named twice is an error of
 * the later line.
 */
final class CountsCsv {

    static final List<String> REQUIRED = List.of("sku", "warehouse", "countedQuantity");
    static final List<String> OPTIONAL = List.of("reason");

    private CountsCsv() {
    }

    /**
     * @param text     the file
     * @param maxLines most data lines
     * @return the valid and the rejected lines
     * @throws InvalidValueException for a file-level error (see {@link CsvTable})
     */
    static ParsedLines<CountLine> parse(String text, int maxLines) {
        List<CountLine> valid = new ArrayList<>();
        List<RejectedLine> rejected = new ArrayList<>();
        Map<StockItemId, Long> seen = new HashMap<>();
        for (CsvRow row : CsvTable.parse(text, REQUIRED, OPTIONAL, maxLines)) {
            LineCheck check = new LineCheck(row);
            Sku sku = check.sku();
            WarehouseCode warehouse = check.warehouse();
            Long counted = check.integer("countedQuantity", 0, 1_000_000_000L, true);
            String reason = check.text("reason");
            if (sku != null && warehouse != null) {
                check.firstFor(new StockItemId(sku, warehouse), seen);
            }
            if (check.ok()) {
                valid.add(new CountLine(row.line(), new StockItemId(sku, warehouse), counted, reason));
            } else {
                rejected.add(check.rejected());
            }
        }
        return new ParsedLines<>(valid, rejected);
    }
}
