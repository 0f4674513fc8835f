package io.stockledger.inventory.query.report;

import io.stockledger.inventory.query.movement.MovementType;

/**
 * The movements of one type, in units.
 *
 * @param type          the movement type
 * @param count         movements (ledger lines)
 * @param units         units moved: the sum over the lines of the larger of |on hand change| and |damaged
 *                      change| (a damage of 3 moves 3 units, a damaged return of 2 moves 2), ≥ 0
 * @param onHandChange  net change of on hand (signed sum of the lines' {@code quantity})
 * @param damagedChange net change of damaged (signed sum of the lines' {@code damagedChange})
 */
public record MovementTotals(MovementType type, long count, long units, long onHandChange, long damagedChange) {
}
