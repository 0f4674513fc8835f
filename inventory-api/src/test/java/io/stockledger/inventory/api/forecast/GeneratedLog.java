package io.stockledger.inventory.api.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small retail log in the UCI Online Retail format for the tests: a shop closed on Saturdays, six smooth
 * SKUs with a weekly pattern, six intermittent ones, a daily postage line, cancellations and a write-off.
 */
final class GeneratedLog {

    static final LocalDate FIRST = LocalDate.of(2011, 1, 3);
    static final int DAYS = 140;
    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    private final List<String> rows = new ArrayList<>();
    private int invoices = 500000;

    private GeneratedLog() {
        rows.add(HEADER);
    }

    /**
     * @param changedFrom the first day from which the log differs from the base one (triple orders, a new
     *                    best-seller), or {@code null} for the base log
     * @return the log's rows
     */
    static List<String> rows(LocalDate changedFrom) {
        GeneratedLog log = new GeneratedLog();
        Random random = new Random(42);
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST.plusDays(d);
            boolean changed = changedFrom != null && !day.isBefore(changedFrom);
            int factor = changed ? 3 : 1;
            List<String[]> lines = new ArrayList<>();
            for (int sku = 0; sku < 12; sku++) {
                // drawn on every day, Saturdays too, so that both logs draw the same numbers
                double draw = random.nextDouble();
                int size = 1 + random.nextInt(12);
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
                    continue;
                }
                if (sku < 6) {
                    int units = 5 + 3 * sku + day.getDayOfWeek().getValue() + (int) (4 * draw);
                    lines.add(new String[] {code(sku), String.valueOf(units * factor)});
                } else if (draw < 0.25) {
                    lines.add(new String[] {code(sku), String.valueOf(size * factor)});
                }
            }
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
                continue;
            }
            if (changed) {
                lines.add(new String[] {"99999", "1000"});
            }
            lines.add(new String[] {"POST", "1"});
            log.invoice(String.valueOf(log.invoices++), day, lines);
            if (d % 10 == 5) {
                log.invoice("C" + log.invoices++, day, List.<String[]>of(new String[] {code(0), "-2"}));
            }
            if (d == 30) {
                log.invoice(String.valueOf(log.invoices++), day, List.<String[]>of(new String[] {code(1), "-40"}));
            }
        }
        return log.rows;
    }

    /**
     * @param dir   where to write
     * @param name  the file name
     * @param lines the rows, header first
     * @return the file
     */
    static Path write(Path dir, String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines);
    }

    static String code(int sku) {
        return String.format("210%02d", sku);
    }

    private void invoice(String number, LocalDate day, List<String[]> lines) {
        for (String[] line : lines) {
            rows.add(String.join(",", number, line[0], "ITEM " + line[0], line[1], day + " 10:00:00", "1.25", "12345",
                    "United Kingdom"));
        }
    }
}
