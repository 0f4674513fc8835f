package io.stockledger.inventory.command.warehouse;

import io.stockledger.inventory.command.common.WarehouseCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a warehouse. Refused when the code is taken.
 *
 * @param code    short code, the aggregate identifier
 * @param details name, address, time zone, priority
 * @param active  whether it takes reservations and transfers from the start
 */
public record CreateWarehouse(@TargetAggregateIdentifier WarehouseCode code, WarehouseDetails details,
                              boolean active) {
}
