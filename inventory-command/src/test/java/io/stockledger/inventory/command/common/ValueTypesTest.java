package io.stockledger.inventory.command.common;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The format rules of the shared value types. */
class ValueTypesTest {

    private static void assertRefused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).as("field %s", field)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    // ---------------------------------------------------------------- Sku

    @ParameterizedTest
    @ValueSource(strings = {"85123A", "a", "sku.with_under-score", "Z9"})
    void skuAcceptsLettersDigitsDotUnderscoreDash(String value) {
        assertThat(new Sku(value).value()).isEqualTo(value);
        assertThat(new Sku(value).toString()).isEqualTo(value);
    }

    @Test
    void skuOf64CharactersIsAcceptedAnd65Refused() {
        assertThat(new Sku("a".repeat(64)).value()).hasSize(64);
        assertRefused(() -> new Sku("a".repeat(65)), "sku");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "a@b", "a/b", "é", "sku\n"})
    void skuWithOtherCharactersIsRefused(String value) {
        assertRefused(() -> new Sku(value), "sku");
    }

    @Test
    void skuNullIsRefused() {
        assertRefused(() -> new Sku(null), "sku");
    }

    // ---------------------------------------------------------------- WarehouseCode

    @ParameterizedTest
    @ValueSource(strings = {"DC-001", "A", "9", "WH.NORTH_2"})
    void warehouseCodeAcceptsUpperCaseCodes(String value) {
        assertThat(new WarehouseCode(value).toString()).isEqualTo(value);
    }

    @Test
    void warehouseCodeInLowerCaseIsRefused() {
        assertRefused(() -> new WarehouseCode("dc-001"), "warehouse");
        assertRefused(() -> new WarehouseCode("Dc-001"), "warehouse");
    }

    @Test
    void warehouseCodeOf32CharactersIsAcceptedAnd33Refused() {
        assertThat(new WarehouseCode("W".repeat(32)).value()).hasSize(32);
        assertRefused(() -> new WarehouseCode("W".repeat(33)), "warehouse");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-DC", ".DC", "_DC"})
    void warehouseCodeStartingWithPunctuationIsRefused(String value) {
        assertRefused(() -> new WarehouseCode(value), "warehouse");
    }

    @Test
    void warehouseCodeEmptyOrNullIsRefused() {
        assertRefused(() -> new WarehouseCode(""), "warehouse");
        assertRefused(() -> new WarehouseCode(null), "warehouse");
        assertRefused(() -> new WarehouseCode("DC 1"), "warehouse");
        assertRefused(() -> new WarehouseCode("DC@1"), "warehouse");
    }

    // ---------------------------------------------------------------- Quantity

    @Test
    void quantityBounds() {
        assertRefused(() -> new Quantity(0), "quantity");
        assertRefused(() -> new Quantity(-1), "quantity");
        assertThat(new Quantity(1).value()).isEqualTo(1);
        assertThat(new Quantity(1_000_000_000L).value()).isEqualTo(Quantity.MAX);
        assertRefused(() -> new Quantity(1_000_000_001L), "quantity");
        assertRefused(() -> new Quantity(Long.MIN_VALUE), "quantity");
    }

    @Test
    void quantityOfNamesTheGivenField() {
        assertThat(Quantity.of("lines[0].quantity", 7)).isEqualTo(new Quantity(7));
        assertRefused(() -> Quantity.of("lines[0].quantity", 0), "lines[0].quantity");
        assertRefused(() -> Quantity.of("delta", Quantity.MAX + 1), "delta");
    }

    // ---------------------------------------------------------------- StockItemId

    @Test
    void stockItemIdParseAndToStringRoundTrip() {
        StockItemId id = StockItemId.parse("85123A@DC-001");
        assertThat(id.sku()).isEqualTo(new Sku("85123A"));
        assertThat(id.warehouse()).isEqualTo(new WarehouseCode("DC-001"));
        assertThat(id.toString()).isEqualTo("85123A@DC-001");
        assertThat(StockItemId.parse(id.toString())).isEqualTo(id);
        assertThat(StockItemId.of("a.b", "W1")).isEqualTo(StockItemId.parse("a.b@W1"));
    }

    @Test
    void stockItemIdWithoutAtIsRefused() {
        assertRefused(() -> StockItemId.parse("85123A-DC-001"), "stockItemId");
        assertRefused(() -> StockItemId.parse(null), "stockItemId");
    }

    @Test
    void stockItemIdWithMalformedPartNamesThatPart() {
        assertRefused(() -> StockItemId.parse("@DC-001"), "sku");
        assertRefused(() -> StockItemId.parse("85123A@dc-001"), "warehouse");
        assertRefused(() -> StockItemId.parse("85123A@"), "warehouse");
        assertRefused(() -> StockItemId.parse("A@B@C"), "warehouse");
    }

    @Test
    void stockItemIdNeedsBothParts() {
        assertRefused(() -> new StockItemId(null, new WarehouseCode("DC-001")), "sku");
        assertRefused(() -> new StockItemId(new Sku("85123A"), null), "warehouse");
    }

    // ---------------------------------------------------------------- ReservationId

    @Test
    void reservationIdAcceptsCanonicalLowerCaseUuid() {
        String value = "6f1c2a3e-0b4d-4c5e-8f90-1a2b3c4d5e6f";
        assertThat(new ReservationId(value).value()).isEqualTo(value);
        assertThat(new ReservationId(value).toString()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6F1C2A3E-0B4D-4C5E-8F90-1A2B3C4D5E6F", "not-a-uuid", "", "1-2-3-4-5",
            "6f1c2a3e0b4d4c5e8f901a2b3c4d5e6f", " 6f1c2a3e-0b4d-4c5e-8f90-1a2b3c4d5e6f"})
    void reservationIdRefusesAnythingElse(String value) {
        assertRefused(() -> new ReservationId(value), "reservationId");
    }

    @Test
    void reservationIdNullIsRefused() {
        assertRefused(() -> new ReservationId(null), "reservationId");
    }

    @Test
    void randomReservationIdsAreValidAndDistinct() {
        Set<ReservationId> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ReservationId id = ReservationId.random();
            assertThat(new ReservationId(id.value())).isEqualTo(id);
            ids.add(id);
        }
        assertThat(ids).hasSize(100);
    }

    // ---------------------------------------------------------------- ClientReference

    @Test
    void clientReferenceRequiredButMissingIsRefused() {
        assertRefused(() -> ClientReference.check("orderId", null, true), "orderId");
    }

    @Test
    void clientReferenceOptionalAndMissingIsNull() {
        assertThat(ClientReference.check("reference", null, false)).isNull();
    }

    @Test
    void clientReferenceLengthBounds() {
        assertThat(ClientReference.check("orderId", "x", true)).isEqualTo("x");
        String longest = "y".repeat(ClientReference.MAX_LENGTH);
        assertThat(ClientReference.check("orderId", longest, true)).isSameAs(longest);
        assertRefused(() -> ClientReference.check("orderId", "y".repeat(129), true), "orderId");
        assertRefused(() -> ClientReference.check("reference", "", false), "reference");
    }

    @Test
    void clientReferenceWithControlCharactersIsRefused() {
        for (String value : List.of("a\nb", "tab\there", "nul\u0000", "del\u007f", "c1\u0085")) {
            assertRefused(() -> ClientReference.check("reason", value, false), "reason");
        }
        assertThat(ClientReference.check("reason", "Ünïcode ok — 注文", false)).isEqualTo("Ünïcode ok — 注文");
    }

    // ---------------------------------------------------------------- Bin

    @ParameterizedTest
    @ValueSource(strings = {"A-03-12", "1-1-1", "ABCDEFGH-12345678-Z"})
    void binAcceptsAisleRackShelf(String value) {
        assertThat(new Bin(value).toString()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-03-12", "A-03", "A-03-12-1", "ABCDEFGHI-1-1", "A--1", "A_03_12", "", " A-03-12"})
    void binRefusesMalformedCodes(String value) {
        assertRefused(() -> new Bin(value), "bin");
    }

    @Test
    void binNullIsRefused() {
        assertRefused(() -> new Bin(null), "bin");
    }

    // ---------------------------------------------------------------- InsufficientStockException

    @Test
    void insufficientStockExceptionCopiesItsShortages() {
        List<Shortage> shortages = new java.util.ArrayList<>(List.of(new Shortage("A", "W", 5, 2)));
        InsufficientStockException e = new InsufficientStockException("short", shortages);
        shortages.clear();
        assertThat(e.shortages()).containsExactly(new Shortage("A", "W", 5, 2));
        assertThat(e).hasMessage("short");
    }
}
