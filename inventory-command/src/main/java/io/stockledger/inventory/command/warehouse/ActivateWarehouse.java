package io.stockledger.inventory.command.warehouse;

import io.stockledger.inventory.command.common.WarehouseCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Let a warehouse take new reservations and transfers again (a no-op when already active).
 *
 * @param code short code
 */
public record ActivateWarehouse(@TargetAggregateIdentifier WarehouseCode code) {
}
