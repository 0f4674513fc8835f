package io.stockledger.inventory.api.replay;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads a transaction log in the UCI "Online Retail" format (columns InvoiceNo, StockCode, Description,
 * Quantity, InvoiceDate, UnitPrice, CustomerID, Country; gzip when the name ends in {@code .gz}) into
 * invoices in time order. Invoice dates are UK local time.
 */
public final class RetailLog {

    /** Product stock codes: five digits and up to three letters or digits ({@code 85123A}); others are fees. */
    static final Pattern PRODUCT = Pattern.compile("\\d{5}[A-Za-z0-9]{0,3}");
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * One invoice line.
     *
     * @param stockCode   the stock code as written
     * @param description the description, trimmed (may be empty)
     * @param quantity    units, negative for cancellations and write-offs
     * @param unitPrice   price per unit in GBP
     */
    public record Line(String stockCode, String description, long quantity, BigDecimal unitPrice) {

        /** @return whether the code is a product (not postage, fees, manual lines, …) */
        public boolean isProduct() {
            return PRODUCT.matcher(stockCode).matches();
        }
    }

    /**
     * An invoice: an order, or a cancellation when its number starts with {@code C}.
     *
     * @param number  invoice number
     * @param at      invoice time
     * @param country the customer's country
     * @param lines   its lines in file order
     */
    public record Invoice(String number, Instant at, String country, List<Line> lines) {

        /** @return whether this invoice cancels an earlier one */
        public boolean isCancellation() {
            return number.startsWith("C");
        }

        /** @return the invoice's calendar day in UK local time, the log's own calendar */
        public LocalDate day() {
            return LocalDate.ofInstant(at, UK);
        }
    }

    private RetailLog() {
    }

    /**
     * @param file  the log, plain or gzip
     * @param limit most data rows to read, or {@code Long.MAX_VALUE}
     * @return the invoices ordered by time (file order among equal times)
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException on a malformed row, naming its line number
     */
    public static List<Invoice> read(Path file, long limit) throws IOException {
        Map<String, Invoice> invoices = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            long rows = 0;
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (rows++ >= limit) {
                    break;
                }
                try {
                    String number = r.get("InvoiceNo");
                    Invoice invoice = invoices.computeIfAbsent(number, n -> new Invoice(n,
                            LocalDateTime.parse(r.get("InvoiceDate"), DATE).atZone(UK).toInstant(),
                            r.get("Country"), new ArrayList<>()));
                    invoice.lines().add(new Line(r.get("StockCode").trim(), r.get("Description").trim(),
                            Long.parseLong(r.get("Quantity")), new BigDecimal(r.get("UnitPrice"))));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("line " + r.getRecordNumber() + 1 + " of " + file
                            + " is malformed: " + e.getMessage(), e);
                }
            }
        }
        List<Invoice> ordered = new ArrayList<>(invoices.values());
        ordered.sort(Comparator.comparing(Invoice::at));
        return ordered;
    }
}
