package io.stockledger.inventory.command.warehouse;

import io.stockledger.inventory.command.common.WarehouseCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replace a warehouse's name, address, time zone and priority.
 *
 * @param code    short code
 * @param details the new details
 */
public record UpdateWarehouse(@TargetAggregateIdentifier WarehouseCode code, WarehouseDetails details) {
}
