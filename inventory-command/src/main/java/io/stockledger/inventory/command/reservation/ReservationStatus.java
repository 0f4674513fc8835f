package io.stockledger.inventory.command.reservation;

/** The life of a reservation: {@code RESERVED} until it is shipped, released or expires. */
public enum ReservationStatus {
    /** Units are held on every allocation. */
    RESERVED,
    /** The held units left on hand. */
    SHIPPED,
    /** The hold was dropped on request. */
    RELEASED,
    /** The hold was dropped when its time ran out. */
    EXPIRED
}
