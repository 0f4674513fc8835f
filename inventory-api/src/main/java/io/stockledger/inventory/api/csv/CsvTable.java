package io.stockledger.inventory.api.csv;

import io.stockledger.inventory.command.common.InvalidValueException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an uploaded CSV file (RFC 4180: comma separated, {@code "} quotes, CRLF or LF line ends, UTF-8 with
 * or without a byte order mark). The first line is the header naming the columns, in any order; values are
 * trimmed; blank lines are skipped (but counted in line numbers). The whole file is read before anything is
 * applied, so a file-level error changes nothing.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true)
            .get();

    private CsvTable() {
    }

    /**
     * @param text     the file
     * @param required columns that must be in the header
     * @param optional columns that may be in the header
     * @param maxLines most data lines
     * @return the data lines
     * @throws InvalidValueException (field {@code file}) for a missing header, an unknown, missing or repeated
     *                               column, more than {@code maxLines} lines, or malformed CSV
     */
    static List<CsvRow> parse(String text, List<String> required, List<String> optional, int maxLines) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CsvRow> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(body))) {
            List<String> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record, required, optional);
                    continue;
                }
                if (blank(record)) {
                    continue;
                }
                if (rows.size() == maxLines) {
                    throw new InvalidValueException("file", "a file may have at most " + maxLines + " lines");
                }
                rows.add(row(record, columns));
            }
            if (columns == null) {
                throw new InvalidValueException("file", "the file has no header line; expected columns "
                        + String.join(",", required));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidValueException("file", "malformed CSV after line " + (rows.size() + 1) + ": "
                    + e.getMessage());
        }
        return rows;
    }

    private static List<String> header(CSVRecord record, List<String> required, List<String> optional) {
        List<String> columns = record.toList();
        Set<String> seen = new LinkedHashSet<>();
        for (String column : columns) {
            if (!required.contains(column) && !optional.contains(column)) {
                throw new InvalidValueException("file", "unknown column '" + column + "'; the columns are "
                        + String.join(",", required) + (optional.isEmpty() ? "" : " and optionally "
                        + String.join(",", optional)));
            }
            if (!seen.add(column)) {
                throw new InvalidValueException("file", "column '" + column + "' appears twice");
            }
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                throw new InvalidValueException("file", "the header lacks column '" + column + "'");
            }
        }
        return columns;
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isEmpty);
    }

    private static CsvRow row(CSVRecord record, List<String> columns) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String value = i < record.size() ? record.get(i) : "";
            values.put(columns.get(i), value.isEmpty() ? null : value);
        }
        return new CsvRow(record.getRecordNumber(), values, Math.max(0, record.size() - columns.size()));
    }
}
