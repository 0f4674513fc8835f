package io.stockledger.inventory.command.reservation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RequestedLines#fingerprint}: an order-independent SHA-256 of merged requested lines. */
class RequestedLinesTest {

    private static final RequestedLine A_IN_DC1 = new RequestedLine("SKU-A", "DC-1", 3);
    private static final RequestedLine A_ANYWHERE = new RequestedLine("SKU-A", null, 2);
    private static final RequestedLine B_IN_DC2 = new RequestedLine("SKU-B", "DC-2", 5);
    private static final RequestedLine C_ANYWHERE = new RequestedLine("SKU-C", null, 1);

    private static String fingerprint(RequestedLine... lines) {
        return RequestedLines.fingerprint(List.of(lines));
    }

    @Test
    void givenSameLinesInAnotherOrderWhenFingerprintingThenFingerprintIsTheSame() {
        String original = fingerprint(A_IN_DC1, A_ANYWHERE, B_IN_DC2, C_ANYWHERE);

        assertThat(fingerprint(C_ANYWHERE, B_IN_DC2, A_IN_DC1, A_ANYWHERE)).isEqualTo(original);
        assertThat(fingerprint(B_IN_DC2, A_ANYWHERE, C_ANYWHERE, A_IN_DC1)).isEqualTo(original);
    }

    @Test
    void givenSameSkuWithAndWithoutWarehouseInEitherOrderWhenFingerprintingThenFingerprintIsTheSame() {
        assertThat(fingerprint(A_IN_DC1, A_ANYWHERE)).isEqualTo(fingerprint(A_ANYWHERE, A_IN_DC1));
    }

    @Test
    void givenAnotherQuantityWhenFingerprintingThenFingerprintDiffers() {
        assertThat(fingerprint(A_IN_DC1, B_IN_DC2))
                .isNotEqualTo(fingerprint(A_IN_DC1, new RequestedLine("SKU-B", "DC-2", 6)));
    }

    @Test
    void givenAnotherWarehouseWhenFingerprintingThenFingerprintDiffers() {
        assertThat(fingerprint(A_IN_DC1, B_IN_DC2))
                .isNotEqualTo(fingerprint(A_IN_DC1, new RequestedLine("SKU-B", "DC-1", 5)));
    }

    @Test
    void givenNoWarehouseInsteadOfANamedOneWhenFingerprintingThenFingerprintDiffers() {
        assertThat(fingerprint(new RequestedLine("SKU-A", null, 3))).isNotEqualTo(fingerprint(A_IN_DC1));
        assertThat(fingerprint(A_ANYWHERE, B_IN_DC2))
                .isNotEqualTo(fingerprint(A_ANYWHERE, new RequestedLine("SKU-B", null, 5)));
    }

    @Test
    void givenWarehouseMovedToAnotherLineWhenFingerprintingThenFingerprintDiffers() {
        assertThat(fingerprint(new RequestedLine("SKU-A", "DC-1", 3), new RequestedLine("SKU-B", null, 5)))
                .isNotEqualTo(fingerprint(new RequestedLine("SKU-A", null, 3), new RequestedLine("SKU-B", "DC-1", 5)));
    }

    @Test
    void givenAnotherSkuWhenFingerprintingThenFingerprintDiffers() {
        assertThat(fingerprint(new RequestedLine("SKU-X", "DC-1", 3))).isNotEqualTo(fingerprint(A_IN_DC1));
    }

    @Test
    void givenAnExtraLineWhenFingerprintingThenFingerprintDiffers() {
        assertThat(fingerprint(A_IN_DC1, B_IN_DC2)).isNotEqualTo(fingerprint(A_IN_DC1, B_IN_DC2, C_ANYWHERE));
    }

    @Test
    void givenAnyLinesWhenFingerprintingThenResultIs64LowerCaseHexDigits() {
        assertThat(fingerprint(A_IN_DC1)).matches("[0-9a-f]{64}");
        assertThat(fingerprint(A_ANYWHERE, B_IN_DC2, C_ANYWHERE)).matches("[0-9a-f]{64}");
    }

    @Test
    void givenSameLinesWhenFingerprintingTwiceThenFingerprintIsStable() {
        assertThat(fingerprint(A_IN_DC1, C_ANYWHERE)).isEqualTo(fingerprint(A_IN_DC1, C_ANYWHERE));
    }
}
