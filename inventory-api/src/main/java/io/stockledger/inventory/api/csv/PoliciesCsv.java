package io.stockledger.inventory.api.csv;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.Sku;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.stock.ReorderPolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy upload: columns {@code sku, warehouse, reorderPoint, reorderQuantity, safetyStock, maxStock,
 * leadTimeDays}, all in the header; {@code maxStock} may be left empty (no limit). Each line is checked like
 * the body of {@code PUT /api/v1/stock/{sku}/{warehouse}/policy} (see {@link ReorderPolicy}); a stock item
 * named twice is an error of the later line.
 */
final class PoliciesCsv {

    static final List<String> REQUIRED = List.of("sku", "warehouse", "reorderPoint", "reorderQuantity",
            "safetyStock", "maxStock", "leadTimeDays");

    private static final long LIMIT = 1_000_000_000L;

    private PoliciesCsv() {
    }

    /**
     * @param text     the file
     * @param maxLines most data lines
     * @return the valid and the rejected lines
     * @throws InvalidValueException for a file-level error (see {@link CsvTable})
     */
    static ParsedLines<PolicyLine> parse(String text, int maxLines) {
        List<PolicyLine> valid = new ArrayList<>();
        List<RejectedLine> rejected = new ArrayList<>();
        Map<StockItemId, Long> seen = new HashMap<>();
        for (CsvRow row : CsvTable.parse(text, REQUIRED, List.of(), maxLines)) {
            LineCheck check = new LineCheck(row);
            Sku sku = check.sku();
            WarehouseCode warehouse = check.warehouse();
            Long reorderPoint = check.integer("reorderPoint", 0, LIMIT, true);
            Long reorderQuantity = check.integer("reorderQuantity", 1, LIMIT, true);
            Long safetyStock = check.integer("safetyStock", 0, LIMIT, true);
            Long maxStock = check.integer("maxStock", 1, LIMIT, false);
            Long leadTimeDays = check.integer("leadTimeDays", 0, 365, true);
            ReorderPolicy policy = null;
            if (check.ok()) {
                policy = check.check(() -> new ReorderPolicy(reorderPoint, reorderQuantity, safetyStock, maxStock,
                        leadTimeDays.intValue()));
            }
            if (sku != null && warehouse != null) {
                check.firstFor(new StockItemId(sku, warehouse), seen);
            }
            if (check.ok()) {
                valid.add(new PolicyLine(row.line(), new StockItemId(sku, warehouse), policy));
            } else {
                rejected.add(check.rejected());
            }
        }
        return new ParsedLines<>(valid, rejected);
    }
}
