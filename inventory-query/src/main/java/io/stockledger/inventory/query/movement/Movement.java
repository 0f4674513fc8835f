package io.stockledger.inventory.query.movement;

import java.time.Instant;

/**
 * One line of a stock item's ledger.
 *
 * @param sku           SKU code
 * @param warehouse     warehouse code
 * @param type          kind of movement
 * @param quantity      signed change of on hand, in units (a damaged return or a zero count difference is 0;
 *                      the sum over a stock item's movements is its on hand)
 * @param damagedChange signed change of damaged, in units
 * @param onHandBefore  on hand before
 * @param onHandAfter   on hand after
 * @param reservedAfter reserved after
 * @param reference     the change's reference: purchase order, reservation id, order id or reason
 * @param actor         who made the change
 * @param occurredAt    business time
 * @param recordedAt    when the event was recorded
 * @param sequence      the stock item's event sequence number
 */
public record Movement(String sku, String warehouse, MovementType type, long quantity, long damagedChange,
                       long onHandBefore, long onHandAfter, long reservedAfter, String reference, String actor,
                       Instant occurredAt, Instant recordedAt, long sequence) {
}
