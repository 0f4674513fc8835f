package io.stockledger.inventory.api.csv;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV uploads for warehouse staff and ERPs ({@code Content-Type: text/csv}, UTF-8, at most 1 MiB and
 * {@code stockledger.imports.max-lines} (10,000) lines): stock counts and reorder policies. Lines are
 * checked one by one; the valid ones are applied, the others reported with their errors (200
 * {@code {applied, unchanged, rejected:[{line, errors:[{field, message}]}]}}). A file that cannot be read as
 * a whole (no or a wrong header, malformed CSV, too many lines) is refused with 400 invalid-request and
 * changes nothing; another content type: 415. Uploading the same file again changes nothing.
 */
@Tag(name = "CSV", description = "Stock export and count or policy imports as CSV")
@RestController
@RequestMapping("/api/v1/imports")
public class CsvImportController {

    private final CsvImporter importer;
    private final int maxLines;

    CsvImportController(CsvImporter importer, @Value("${stockledger.imports.max-lines:10000}") int maxLines) {
        this.importer = importer;
        this.maxLines = maxLines;
    }

    /** Cycle counts: {@code sku,warehouse,countedQuantity[,reason]}. */
    @PostMapping(path = "/counts", consumes = "text/csv")
    public ImportResult counts(@RequestBody String file) {
        return importer.counts(CountsCsv.parse(file, maxLines));
    }

    /** Reorder policies: {@code sku,warehouse,reorderPoint,reorderQuantity,safetyStock,maxStock,leadTimeDays}. */
    @PostMapping(path = "/policies", consumes = "text/csv")
    public ImportResult policies(@RequestBody String file) {
        return importer.policies(PoliciesCsv.parse(file, maxLines));
    }
}
