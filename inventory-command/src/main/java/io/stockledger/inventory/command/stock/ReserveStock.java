package io.stockledger.inventory.command.stock;

import io.stockledger.inventory.command.common.Quantity;
import io.stockledger.inventory.command.common.ReservationId;
import io.stockledger.inventory.command.common.StockItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Hold available units for a reservation. Repeating it for a reservation that already holds the same
 * quantity here is a no-op with the same answer.
 *
 * @param stockItemId   SKU × warehouse
 * @param reservationId the reservation
 * @param quantity      units to hold
 * @param occurredAt    business time
 */
public record ReserveStock(@TargetAggregateIdentifier StockItemId stockItemId, ReservationId reservationId,
                           Quantity quantity, Instant occurredAt) {
}
