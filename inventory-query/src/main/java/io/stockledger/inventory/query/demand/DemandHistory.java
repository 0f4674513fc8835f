package io.stockledger.inventory.query.demand;

import io.stockledger.inventory.query.forecast.DemandSeries;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Turns the rows of {@code daily_demand} into the daily series the forecast methods take.
 * <ul>
 *   <li>It runs from the first day with a row to <b>yesterday</b> (UTC), so that the forecast starts
 *       today. Today is left out because it is not over: a partial day would read as a day of low
 *       demand. Days after the last row up to yesterday are days of demand 0: an item that stopped
 *       selling has days without sales, which the methods must see (TSB lets its forecast fall).</li>
 *   <li>Every calendar day in between is present; a day without a row has demand 0.</li>
 *   <li>Demand of a day = shipped − returned, floored at 0 ({@link DemandSeries#netOf}): a return
 *       restocks units but is not a negative sale (docs/forecasting.md, "Daily demand").</li>
 * </ul>
 * The methods themselves start at the first day with demand &gt; 0 ({@link DemandSeries#sinceFirstDemand}).
 */
public final class DemandHistory {

    private DemandHistory() {
    }

    /**
     * @param days  shipments and returns per day, any order; several rows of one day are added up (one per
     *              warehouse, say); rows of today or later are ignored
     * @param today the current UTC date
     * @return demand per day from the first row's day to yesterday; an empty series starting today when
     *         there is no row before today
     * @throws ArithmeticException when a day's units pass {@link Long#MAX_VALUE}
     */
    public static DemandSeries of(List<DayDemand> days, LocalDate today) {
        LocalDate start = days.stream().map(DayDemand::day).filter(day -> day.isBefore(today))
                .min(LocalDate::compareTo).orElse(today);
        int length = Math.toIntExact(ChronoUnit.DAYS.between(start, today));
        long[] shipped = new long[length];
        long[] returned = new long[length];
        for (DayDemand row : days) {
            if (row.day().isBefore(today)) {
                int day = (int) ChronoUnit.DAYS.between(start, row.day());
                shipped[day] = Math.addExact(shipped[day], row.shipped());
                returned[day] = Math.addExact(returned[day], row.returned());
            }
        }
        return DemandSeries.netOf(start, shipped, returned);
    }
}
