package io.stockledger.inventory.api.admin;

/**
 * Where one projection's event processor stands.
 *
 * @param name       the processor (projection) name, e.g. {@code stock-levels}
 * @param running    whether it is processing
 * @param rebuilding whether it is replaying the event store after a reset
 * @param position   the global sequence of the last event it passed (lowest over its segments), −1 before any
 * @param head       the global sequence of the newest event in the store
 * @param lag        head − position, in events (0 when caught up)
 */
public record ProjectionStatus(String name, boolean running, boolean rebuilding, long position, long head, long lag) {
}
