package io.stockledger.inventory.api.csv;

import java.util.Map;

/**
 * One data line of an uploaded CSV file, by column name.
 *
 * @param line        its line number in the file, the header being line 1
 * @param values      trimmed values by column; a column left empty or missing maps to {@code null}
 * @param extraValues values beyond the header's columns (an error of the line), ≥ 0
 */
record CsvRow(long line, Map<String, String> values, int extraValues) {

    /** @return the column's value, {@code null} when empty */
    String get(String column) {
        return values.get(column);
    }
}
