package io.stockledger.inventory.api.csv;

import io.stockledger.inventory.command.common.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading CSV files: quoting, byte order mark, blank lines, trimming, malformed input. */
class CsvTableTest {

    private static final List<String> COLUMNS = List.of("a", "b");

    @Test
    void quotedValuesWithCommasAndQuotesAreRead() {
        List<CsvRow> rows = CsvTable.parse("a,b\n\"x, \"\"y\"\"\",2\n", COLUMNS, List.of(), 10);
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("a")).isEqualTo("x, \"y\""));
    }

    @Test
    void aByteOrderMarkIsIgnoredValuesAreTrimmedAndEmptyIsNull() {
        List<CsvRow> rows = CsvTable.parse("\uFEFFa,b\n  1 ,   \n", COLUMNS, List.of(), 10);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("a")).isEqualTo("1");
            assertThat(r.get("b")).isNull();
        });
    }

    @Test
    void blankLinesAreSkippedButCountedInLineNumbers() {
        List<CsvRow> rows = CsvTable.parse("a,b\n1,2\n\n3,4\n", COLUMNS, List.of(), 10);
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L);
    }

    @Test
    void missingTrailingValuesAreEmpty() {
        List<CsvRow> rows = CsvTable.parse("a,b\n1\n", COLUMNS, List.of(), 10);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("b")).isNull();
            assertThat(r.extraValues()).isZero();
        });
    }

    @Test
    void anUnterminatedQuoteRefusesTheWholeFile() {
        assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2\n\"3,4\n", COLUMNS, List.of(), 10))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("malformed CSV");
    }
}
