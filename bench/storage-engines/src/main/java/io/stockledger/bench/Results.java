package io.stockledger.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of both engines, row by row in the order they were measured, printed as a markdown table. */
final class Results {

    /**
     * One measured quantity.
     *
     * @param label          what was measured
     * @param unit           its unit, shown in the label
     * @param higherIsBetter whether a larger value is the better one (throughput) or not (latency, time); {@code null}
     *                       for a figure that is context, not a score (no winner is named)
     * @param values         value per engine name
     */
    private record Row(String label, String unit, Boolean higherIsBetter, Map<String, Double> values) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    /**
     * Records {@code value} of {@code engine} for the row {@code label}, creating the row on first use.
     *
     * @param higherIsBetter see {@link Row#higherIsBetter()}: {@code null} for context figures such as counts
     */
    void put(String label, String unit, Boolean higherIsBetter, String engine, double value) {
        rows.computeIfAbsent(label, l -> new Row(l, unit, higherIsBetter, new LinkedHashMap<>()))
                .values().put(engine, value);
    }

    /**
     * @param engines engine names, one column each (the first two are compared in the last column)
     * @return the markdown table: measurement, one column per engine, and which engine wins by what factor
     */
    String toMarkdown(List<String> engines) {
        StringBuilder table = new StringBuilder("| measurement |");
        engines.forEach(engine -> table.append(' ').append(engine).append(" |"));
        table.append(" faster |\n|---|");
        engines.forEach(engine -> table.append("---:|"));
        table.append("---|\n");
        for (Row row : rows.values()) {
            table.append("| ").append(row.label()).append(" (").append(row.unit()).append(") |");
            engines.forEach(engine -> table.append(' ').append(format(row.values().get(engine))).append(" |"));
            table.append(' ').append(winner(row, engines.get(0), engines.get(1))).append(" |\n");
        }
        return table.toString();
    }

    /** @return e.g. "JDBC ×1.84", or "≈ (×1.03)" when the two are within 5 % */
    private static String winner(Row row, String first, String second) {
        Double a = row.values().get(first);
        Double b = row.values().get(second);
        if (row.higherIsBetter() == null || a == null || b == null || a <= 0 || b <= 0) {
            return "–";
        }
        double ratio = row.higherIsBetter() ? a / b : b / a;
        String better = ratio >= 1 ? first : second;
        double factor = ratio >= 1 ? ratio : 1 / ratio;
        return factor < 1.05
               ? String.format(Locale.ROOT, "≈ (%s ×%.2f)", better, factor)
               : String.format(Locale.ROOT, "%s ×%.2f", better, factor);
    }

    /** Large values without decimals, small ones with enough digits to compare. */
    private static String format(Double value) {
        if (value == null || value.isNaN()) {
            return "–";
        }
        if (value >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
