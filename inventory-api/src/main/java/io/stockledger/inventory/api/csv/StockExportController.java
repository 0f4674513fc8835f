package io.stockledger.inventory.api.csv;

import io.stockledger.inventory.command.common.WarehouseCode;
import io.stockledger.inventory.command.stock.StockLevel;
import io.stockledger.inventory.query.stock.StockLevelExport;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The CSV export of stock levels: {@code text/csv} (RFC 4180, UTF-8, CRLF), a header line, then one line
 * per stock item ordered by SKU and warehouse, written as it is read from the database (never held whole in
 * memory). Empty values for fields without a value (no bin, no policy). From the stock levels projection.
 */
@Tag(name = "CSV")
@RestController
@RequestMapping("/api/v1/exports")
public class StockExportController {

    /** The columns, as in the {@code StockLevel} object of the contract. */
    static final String[] COLUMNS = {"sku", "warehouse", "onHand", "reserved", "available", "inTransit", "damaged",
            "bin", "reorderPoint", "reorderQuantity", "safetyStock", "maxStock", "leadTimeDays", "version",
            "updatedAt"};

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get();

    private final StockLevelExport export;

    StockExportController(StockLevelExport export) {
        this.export = export;
    }

    /** Every stock level, or those of one warehouse; 400 for a malformed warehouse code. */
    @ApiResponse(responseCode = "200", description = "One line per stock level, with a header line",
            content = @Content(mediaType = "text/csv"))
    @GetMapping("/stock.csv")
    public void stock(@RequestParam(required = false) String warehouse, HttpServletResponse response)
            throws IOException {
        String code = warehouse == null ? null : new WarehouseCode(warehouse).value();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"stock.csv\"");
        try (CSVPrinter csv = new CSVPrinter(response.getWriter(), FORMAT)) {
            export.forEach(code, level -> print(csv, level));
        }
    }

    private static void print(CSVPrinter csv, StockLevel l) {
        try {
            csv.printRecord(l.sku(), l.warehouse(), l.onHand(), l.reserved(), l.available(), l.inTransit(),
                    l.damaged(), l.bin(), l.reorderPoint(), l.reorderQuantity(), l.safetyStock(), l.maxStock(),
                    l.leadTimeDays(), l.version(), l.updatedAt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
