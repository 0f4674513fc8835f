package io.stockledger.inventory.command.reservation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** Comparing an order's lines with the lines of an earlier request for the same order. */
public final class RequestedLines {

    private RequestedLines() {
    }

    /**
     * A fingerprint of lines that ignores their order: SHA-256 over the lines sorted by SKU, then
     * warehouse ({@code null} first), each as {@code sku|warehouse|quantity}.
     *
     * @param lines merged requested lines
     * @return 64 hex digits
     */
    public static String fingerprint(List<RequestedLine> lines) {
        StringBuilder text = new StringBuilder();
        lines.stream()
                .sorted(Comparator.comparing(RequestedLine::sku)
                        .thenComparing(RequestedLine::warehouse, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(l -> text.append(l.sku()).append('|').append(l.warehouse() == null ? "" : l.warehouse())
                        .append('|').append(l.quantity()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
