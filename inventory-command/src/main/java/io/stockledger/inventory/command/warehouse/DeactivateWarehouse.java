package io.stockledger.inventory.command.warehouse;

import io.stockledger.inventory.command.common.WarehouseCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Stop new reservations and transfers at a warehouse (a no-op when already inactive).
 *
 * @param code short code
 */
public record DeactivateWarehouse(@TargetAggregateIdentifier WarehouseCode code) {
}
