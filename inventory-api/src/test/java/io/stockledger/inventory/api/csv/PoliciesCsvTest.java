package io.stockledger.inventory.api.csv;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.StockItemId;
import io.stockledger.inventory.command.stock.ReorderPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parsing and line-by-line checking of policy uploads, with the policy rules of the HTTP call. */
class PoliciesCsvTest {

    private static final String HEADER = "sku,warehouse,reorderPoint,reorderQuantity,safetyStock,maxStock,leadTimeDays\n";

    @Test
    void validLinesBecomePoliciesAndAnEmptyMaxStockMeansNoLimit() {
        ParsedLines<PolicyLine> parsed = PoliciesCsv.parse(HEADER + "85123A,DC-001,40,200,10,1000,7\nA1,DC-002,0,1,0,,0\n",
                100);
        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.valid()).containsExactly(
                new PolicyLine(2, StockItemId.of("85123A", "DC-001"), new ReorderPolicy(40, 200, 10, 1000L, 7)),
                new PolicyLine(3, StockItemId.of("A1", "DC-002"), new ReorderPolicy(0, 1, 0, null, 0)));
    }

    @Test
    void rangeAndCrossFieldRulesRejectTheLine() {
        ParsedLines<PolicyLine> parsed = PoliciesCsv.parse(HEADER
                + "A1,DC-001,40,0,10,1000,366\n"   // reorderQuantity < 1, leadTimeDays > 365
                + "A2,DC-001,40,200,50,1000,7\n"   // safety stock above reorder point
                + "A3,DC-001,40,200,10,40,7\n"     // max stock not above reorder point
                + "A4,DC-001,x,200,10,,7\n", 100);
        assertThat(parsed.valid()).isEmpty();
        assertThat(parsed.rejected()).extracting(RejectedLine::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(parsed.rejected().get(0).errors()).extracting(FieldError::field)
                .containsExactly("reorderQuantity", "leadTimeDays");
        assertThat(parsed.rejected().get(1).errors()).extracting(FieldError::field).containsExactly("safetyStock");
        assertThat(parsed.rejected().get(2).errors()).extracting(FieldError::field).containsExactly("maxStock");
        assertThat(parsed.rejected().get(3).errors()).extracting(FieldError::field).containsExactly("reorderPoint");
    }

    @Test
    void everyColumnMustBeInTheHeader() {
        assertThatThrownBy(() -> PoliciesCsv.parse("sku,warehouse,reorderPoint,reorderQuantity,safetyStock,leadTimeDays\n",
                100)).isInstanceOf(InvalidValueException.class).hasMessageContaining("maxStock");
    }
}
