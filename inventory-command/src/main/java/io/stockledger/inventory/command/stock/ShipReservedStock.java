package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Ship the units a reservation holds here: they leave on hand and reserved. A no-op when the
 * reservation holds nothing here (already shipped or released).
 *
 * @param stockItemId   SKU × warehouse
 * @param reservationId the reservation
 * @param occurredAt    business time
 */
public record ShipReservedStock(@TargetAggregateIdentifier StockItemId stockItemId, ReservationId reservationId,
                                Instant occurredAt) {
}
