package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Drop the hold of a reservation here. A no-op when the reservation holds nothing here.
 *
 * @param stockItemId   SKU × warehouse
 * @param reservationId the reservation
 * @param reason        {@code RELEASED} or {@code EXPIRED}
 * @param occurredAt    business time
 */
public record ReleaseReservedStock(@TargetAggregateIdentifier StockItemId stockItemId, ReservationId reservationId,
                                   String reason, Instant occurredAt) {
}
