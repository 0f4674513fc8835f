package io.stockledger.inventory.command.warehouse;

import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.common.WarehouseCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarehouseTest {

    private static final String CODE = "DC-001";
    private static final WarehouseCode DC_001 = new WarehouseCode(CODE);
    private static final WarehouseCreated CREATED_ACTIVE =
            new WarehouseCreated(CODE, "Main DC", "1 Dock Road", "Europe/London", 10, true);
    private static final WarehouseCreated CREATED_INACTIVE =
            new WarehouseCreated(CODE, "Main DC", "1 Dock Road", "Europe/London", 10, false);

    private AggregateTestFixture<Warehouse> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Warehouse.class);
    }

    private static void assertRefused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).as("field %s", field)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    // ---------------------------------------------------------------- aggregate

    @Test
    void givenNothingWhenCreateThenWarehouseCreated() {
        fixture.givenNoPriorActivity()
                .when(new CreateWarehouse(DC_001, new WarehouseDetails("Main DC", "1 Dock Road", "Europe/London", 10),
                        true))
                .expectSuccessfulHandlerExecution()
                .expectEvents(CREATED_ACTIVE)
                .expectState(w -> assertThat(w.view())
                        .isEqualTo(new WarehouseView(CODE, "Main DC", "1 Dock Road", "Europe/London", 10, true)));
    }

    @Test
    void givenNothingWhenCreateInactiveWithoutTimezoneThenCreatedInactiveInUtc() {
        fixture.givenNoPriorActivity()
                .when(new CreateWarehouse(DC_001, new WarehouseDetails("Overflow", null, null, -5), false))
                .expectEvents(new WarehouseCreated(CODE, "Overflow", null, "UTC", -5, false));
    }

    @Test
    void givenCreatedWhenUpdateNameThenWarehouseUpdated() {
        fixture.given(CREATED_ACTIVE)
                .when(new UpdateWarehouse(DC_001, new WarehouseDetails("North DC", "1 Dock Road", "Europe/London", 10)))
                .expectEvents(new WarehouseUpdated(CODE, "North DC", "1 Dock Road", "Europe/London", 10))
                .expectResultMessagePayload(
                        new WarehouseView(CODE, "North DC", "1 Dock Road", "Europe/London", 10, true));
    }

    @Test
    void givenCreatedWhenUpdateOnlyAddressToNullThenWarehouseUpdated() {
        fixture.given(CREATED_ACTIVE)
                .when(new UpdateWarehouse(DC_001, new WarehouseDetails("Main DC", null, "Europe/London", 10)))
                .expectEvents(new WarehouseUpdated(CODE, "Main DC", null, "Europe/London", 10));
    }

    @Test
    void givenCreatedWhenUpdateOnlyTimezoneThenWarehouseUpdated() {
        fixture.given(CREATED_ACTIVE)
                .when(new UpdateWarehouse(DC_001, new WarehouseDetails("Main DC", "1 Dock Road", "Europe/Paris", 10)))
                .expectEvents(new WarehouseUpdated(CODE, "Main DC", "1 Dock Road", "Europe/Paris", 10));
    }

    @Test
    void givenCreatedWhenUpdateOnlyPriorityThenWarehouseUpdated() {
        fixture.given(CREATED_INACTIVE)
                .when(new UpdateWarehouse(DC_001, new WarehouseDetails("Main DC", "1 Dock Road", "Europe/London", 11)))
                .expectEvents(new WarehouseUpdated(CODE, "Main DC", "1 Dock Road", "Europe/London", 11))
                .expectResultMessagePayload(
                        new WarehouseView(CODE, "Main DC", "1 Dock Road", "Europe/London", 11, false));
    }

    @Test
    void givenCreatedWhenIdenticalUpdateThenNoEvents() {
        fixture.given(CREATED_ACTIVE)
                .when(new UpdateWarehouse(DC_001, new WarehouseDetails("Main DC", "1 Dock Road", "Europe/London", 10)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(
                        new WarehouseView(CODE, "Main DC", "1 Dock Road", "Europe/London", 10, true));
    }

    @Test
    void givenUpdatedWhenUpdateBackToTheUpdatedDetailsThenNoEvents() {
        fixture.given(CREATED_ACTIVE, new WarehouseUpdated(CODE, "North DC", null, "UTC", 3))
                .when(new UpdateWarehouse(DC_001, new WarehouseDetails("North DC", null, null, 3)))
                .expectNoEvents();
    }

    @Test
    void givenActiveWhenDeactivateThenWarehouseDeactivated() {
        fixture.given(CREATED_ACTIVE)
                .when(new DeactivateWarehouse(DC_001))
                .expectEvents(new WarehouseDeactivated(CODE))
                .expectResultMessagePayload(
                        new WarehouseView(CODE, "Main DC", "1 Dock Road", "Europe/London", 10, false));
    }

    @Test
    void givenDeactivatedWhenDeactivateAgainThenNoEvents() {
        fixture.given(CREATED_ACTIVE, new WarehouseDeactivated(CODE))
                .when(new DeactivateWarehouse(DC_001))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectState(w -> assertThat(w.view().active()).isFalse());
    }

    @Test
    void givenCreatedInactiveWhenDeactivateThenNoEvents() {
        fixture.given(CREATED_INACTIVE)
                .when(new DeactivateWarehouse(DC_001))
                .expectNoEvents();
    }

    @Test
    void givenDeactivatedWhenActivateThenWarehouseActivated() {
        fixture.given(CREATED_ACTIVE, new WarehouseDeactivated(CODE))
                .when(new ActivateWarehouse(DC_001))
                .expectEvents(new WarehouseActivated(CODE))
                .expectResultMessagePayload(
                        new WarehouseView(CODE, "Main DC", "1 Dock Road", "Europe/London", 10, true));
    }

    @Test
    void givenCreatedInactiveWhenActivateThenWarehouseActivated() {
        fixture.given(CREATED_INACTIVE)
                .when(new ActivateWarehouse(DC_001))
                .expectEvents(new WarehouseActivated(CODE));
    }

    @Test
    void givenActiveWhenActivateAgainThenNoEvents() {
        fixture.given(CREATED_ACTIVE, new WarehouseDeactivated(CODE), new WarehouseActivated(CODE))
                .when(new ActivateWarehouse(DC_001))
                .expectNoEvents()
                .expectResultMessagePayload(
                        new WarehouseView(CODE, "Main DC", "1 Dock Road", "Europe/London", 10, true));
    }

    // ---------------------------------------------------------------- WarehouseDetails

    @Test
    void detailsNormaliseTheTimezone() {
        assertThat(new WarehouseDetails("A", null, null, 0).timezone()).isEqualTo("UTC");
        assertThat(new WarehouseDetails("A", null, "America/New_York", 0).timezone()).isEqualTo("America/New_York");
    }

    @Test
    void detailsWithUnknownTimezoneAreRefused() {
        assertRefused(() -> new WarehouseDetails("A", null, "Mars/Olympus_Mons", 0), "timezone");
        assertRefused(() -> new WarehouseDetails("A", null, "", 0), "timezone");
        assertRefused(() -> new WarehouseDetails("A", null, "Europe/London\n", 0), "timezone");
    }

    @Test
    void detailsWithBlankOrMissingNameAreRefused() {
        assertRefused(() -> new WarehouseDetails("   ", null, "UTC", 0), "name");
        assertRefused(() -> new WarehouseDetails("", null, "UTC", 0), "name");
        assertRefused(() -> new WarehouseDetails(null, null, "UTC", 0), "name");
    }

    @Test
    void detailsNameAndAddressLengthBounds() {
        assertThat(new WarehouseDetails("n".repeat(128), "a".repeat(512), "UTC", 0).name()).hasSize(128);
        assertRefused(() -> new WarehouseDetails("n".repeat(129), null, "UTC", 0), "name");
        assertRefused(() -> new WarehouseDetails("A", "a".repeat(513), "UTC", 0), "address");
    }

    @Test
    void detailsPriorityRange() {
        assertThat(new WarehouseDetails("A", null, "UTC", 1000).priority()).isEqualTo(1000);
        assertThat(new WarehouseDetails("A", null, "UTC", -1000).priority()).isEqualTo(-1000);
        assertRefused(() -> new WarehouseDetails("A", null, "UTC", 1001), "priority");
        assertRefused(() -> new WarehouseDetails("A", null, "UTC", -1001), "priority");
    }
}
