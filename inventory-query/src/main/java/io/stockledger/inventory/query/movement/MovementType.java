package io.stockledger.inventory.query.movement;

/** Kinds of movement: each is a change of on hand or damaged (holds are not movements). */
public enum MovementType {
    RECEIPT, SHIPMENT, RETURN, DAMAGE, ADJUSTMENT, COUNT, TRANSFER_OUT, TRANSFER_IN
}
