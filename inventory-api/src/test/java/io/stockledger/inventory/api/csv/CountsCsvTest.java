package io.stockledger.inventory.api.csv;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.StockItemId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parsing and line-by-line checking of count uploads. */
class CountsCsvTest {

    @Test
    void validLinesAreReadWithTheirLineNumbersAndOptionalReason() {
        ParsedLines<CountLine> parsed = CountsCsv.parse("""
                sku,warehouse,countedQuantity,reason
                85123A,DC-001,118,cycle count
                71053,DC-002,0,
                """, 100);

        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.valid()).containsExactly(
                new CountLine(2, StockItemId.of("85123A", "DC-001"), 118, "cycle count"),
                new CountLine(3, StockItemId.of("71053", "DC-002"), 0, null));
    }

    @Test
    void columnsMayComeInAnyOrderAndReasonMayBeLeftOut() {
        ParsedLines<CountLine> parsed = CountsCsv.parse("countedQuantity,warehouse,sku\r\n5,DC-001,A1\r\n", 100);
        assertThat(parsed.valid()).containsExactly(new CountLine(2, StockItemId.of("A1", "DC-001"), 5, null));
    }

    @Test
    void aBadLineIsRejectedWithAllItsErrorsAndTheOthersKept() {
        ParsedLines<CountLine> parsed = CountsCsv.parse("""
                sku,warehouse,countedQuantity,reason
                85123A,DC-001,10,ok
                bad sku!,dc-001,-4,fine
                71053,DC-001,12.5,
                71053,DC-001,abc,
                """, 100);

        assertThat(parsed.valid()).extracting(CountLine::line).containsExactly(2L);
        assertThat(parsed.rejected()).extracting(RejectedLine::line).containsExactly(3L, 4L, 5L);
        assertThat(parsed.rejected().get(0).errors()).extracting(FieldError::field)
                .containsExactly("sku", "warehouse", "countedQuantity");
        assertThat(parsed.rejected().get(1).errors()).extracting(FieldError::field).containsExactly("countedQuantity");
    }

    @Test
    void aMissingValueIsAnErrorOfTheLine() {
        ParsedLines<CountLine> parsed = CountsCsv.parse("sku,warehouse,countedQuantity\nA1,,\n", 100);
        assertThat(parsed.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.errors()).extracting(FieldError::field).containsExactly("warehouse", "countedQuantity");
        });
    }

    @Test
    void aQuantityAboveTheLimitOrAReasonWithControlCharactersIsRejected() {
        ParsedLines<CountLine> parsed = CountsCsv.parse(
                "sku,warehouse,countedQuantity,reason\nA1,DC-001,1000000001,x\nA2,DC-001,1,\"ba\u0007d\"\n", 100);
        assertThat(parsed.valid()).isEmpty();
        assertThat(parsed.rejected()).extracting(r -> r.errors().get(0).field())
                .containsExactly("countedQuantity", "reason");
    }

    @Test
    void aStockItemNamedTwiceIsAnErrorOfTheLaterLine() {
        ParsedLines<CountLine> parsed = CountsCsv.parse("sku,warehouse,countedQuantity\nA1,DC-001,5\nA1,DC-001,6\n",
                100);
        assertThat(parsed.valid()).extracting(CountLine::line).containsExactly(2L);
        assertThat(parsed.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.errors().get(0).message()).contains("line 2");
        });
    }

    @Test
    void extraValuesOnALineAreAnErrorOfThatLine() {
        ParsedLines<CountLine> parsed = CountsCsv.parse("sku,warehouse,countedQuantity\nA1,DC-001,5,surplus\n", 100);
        assertThat(parsed.rejected()).singleElement()
                .satisfies(r -> assertThat(r.errors()).extracting(FieldError::field).containsExactly("line"));
    }

    @Test
    void aHeaderOnlyFileHasNoLines() {
        ParsedLines<CountLine> parsed = CountsCsv.parse("sku,warehouse,countedQuantity,reason\n", 100);
        assertThat(parsed.valid()).isEmpty();
        assertThat(parsed.rejected()).isEmpty();
    }

    @Test
    void theWholeFileIsRefusedWithoutAUsableHeader() {
        assertThatThrownBy(() -> CountsCsv.parse("", 100)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("no header");
        assertThatThrownBy(() -> CountsCsv.parse("sku,warehouse\nA1,DC-001\n", 100))
                .hasMessageContaining("countedQuantity");
        assertThatThrownBy(() -> CountsCsv.parse("sku,warehouse,countedQuantity,colour\n", 100))
                .hasMessageContaining("unknown column 'colour'");
        assertThatThrownBy(() -> CountsCsv.parse("sku,sku,warehouse,countedQuantity\n", 100))
                .hasMessageContaining("twice");
    }

    @Test
    void theWholeFileIsRefusedBeyondTheLineLimit() {
        String header = "sku,warehouse,countedQuantity\n";
        assertThat(CountsCsv.parse(header + "A1,DC-001,1\nA2,DC-001,1\n", 2).valid()).hasSize(2);
        assertThatThrownBy(() -> CountsCsv.parse(header + "A1,DC-001,1\nA2,DC-001,1\nA3,DC-001,1\n", 2))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 2 lines")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("file"));
    }
}
