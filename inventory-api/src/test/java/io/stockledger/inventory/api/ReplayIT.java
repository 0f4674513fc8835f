package io.stockledger.inventory.api;

import io.stockledger.inventory.api.replay.ReplayCommand;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay command on a small generated log in the UCI Online Retail format, against the running
 * service: every call answered without a 5xx, and afterwards projections equal the aggregates and every
 * stock item's movements sum to its on hand.
 */
class ReplayIT extends ServiceIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void givenGeneratedLogWhenReplayedThenCleanAndLedgerAgrees() throws IOException {
        Path log = generate(Path.of("target/replay-sample.csv"));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status = ReplayCommand.run(new String[]{"--file", log.toString(), "--target", "http://localhost:" + port,
                "--api-key", ADMIN_KEY},
                new PrintStream(captured, true, StandardCharsets.UTF_8));
        String out = captured.toString(StandardCharsets.UTF_8);

        assertThat(status).as(out).isZero();
        assertThat(out).contains("result            OK").contains("5xx answers       0; connection failures 0");
        assertThat(out).containsPattern("orders\\s+6[0-9] \\(");
        assertThat(out).contains("skipped           18 non-product lines");
        assertThat(out).containsPattern("projection = aggregate for ([0-9,]+), movements sum to on hand for \\1");

        assertThat(api.get("/api/v1/stock/90001R/movements?warehouse=UK-1&type=RETURN").body().path("total").asLong())
                .isPositive();
        assertThat(api.get("/api/v1/stock/90002R/UK-1").body().path("reorderPoint").isNumber()).isTrue();
        assertThat(api.get("/api/v1/stock/90003R/movements?type=DAMAGE").body().path("total").asLong()).isPositive();
        assertThat(api.get("/api/v1/stock/90003R/movements?type=SHIPMENT&size=1").body().path("items").get(0)
                .path("occurredAt").asText()).startsWith("2010-12-0");
        assertThat(api.get("/api/v1/reservations?orderId=599999-2").body().path("total").asLong())
                .as("an invoice of 230 lines is sent as two orders").isEqualTo(1);
    }

    /** Writes a deterministic log of 70 invoices: orders, cancellations, write-offs, fees, one huge invoice. */
    static Path generate(Path file) throws IOException {
        Random random = new Random(42);
        List<String> rows = new ArrayList<>();
        rows.add("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country");
        LocalDateTime t = LocalDateTime.of(2010, 12, 1, 8, 26);
        for (int i = 0; i < 64; i++) {
            t = t.plusMinutes(37 + random.nextInt(600));
            String country = i % 4 == 3 ? "France" : "United Kingdom";
            String invoice = String.valueOf(536000 + i);
            for (int l = 0; l < 1 + random.nextInt(6); l++) {
                int sku = 1 + random.nextInt(12);
                rows.add(row(invoice, "9000" + (sku % 10) + (sku >= 10 ? "S" : "R"), "\"ITEM, NO " + sku + "\"",
                        1 + random.nextInt(12), t, "2.55", "17850", country));
            }
            if (i % 8 == 0) {
                rows.add(row(invoice, "POST", "POSTAGE", 1, t, "18.00", "17850", country));
            }
            if (i % 16 == 4) {
                rows.add(row(invoice, "M", "Manual", 1, t, "0.85", "", country));
            }
            if (i % 10 == 5) {
                rows.add(row("C" + invoice, "90001R", "\"ITEM, NO 1\"", -2, t.plusMinutes(30), "2.55", "17850",
                        "United Kingdom"));
                rows.add(row("C" + invoice, "D", "Discount", -1, t.plusMinutes(30), "5.00", "17850", "United Kingdom"));
            }
            if (i % 12 == 7) {
                rows.add(row(String.valueOf(537000 + i), "90003R", "damaged", -1, t.plusMinutes(5), "0.0", "",
                        "United Kingdom"));
                rows.add(row(String.valueOf(537100 + i), "90002R", "", -1, t.plusMinutes(6), "0.0", "",
                        "United Kingdom"));
            }
        }
        t = t.plusHours(2);
        for (int l = 0; l < 230; l++) {
            rows.add(row("599999", String.format("9%04dB", l), "BULK", 1, t, "1.00", "12680", "United Kingdom"));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, rows, StandardCharsets.UTF_8);
        return file;
    }

    private static String row(String invoice, String code, String description, long quantity, LocalDateTime at,
                              String price, String customer, String country) {
        return String.join(",", invoice, code, description, Long.toString(quantity), DATE.format(at), price,
                customer, country);
    }
}
