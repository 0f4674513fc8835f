package io.stockledger.inventory.api.forecast;

import io.stockledger.inventory.query.forecast.DemandClass;
import io.stockledger.inventory.query.forecast.Forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a hold-out evaluation.
 *
 * @param first        first day of the log's calendar
 * @param cutOff       first held-out day: the forecasts were made from the days before it
 * @param last         last day of the log's calendar, the last held-out day
 * @param requested    how many best-selling SKUs were taken: as many as asked for, or all when fewer
 * @param shortHistory of those, how many were not scored: fewer than 14 days from their first sale to the
 *                     cut-off, too short for the weekly methods
 * @param zeroScale    of those, how many were not scored: in-sample seasonal naive error 0, MASE undefined
 * @param methods      the scores per method, in table order
 * @param selected     how many scored SKUs the selector sent to each method
 * @param byClass      the scores per method for the scored SKUs of each demand class of their training days
 * @param forecasts    per scored SKU and method name, the forecast of the held-out days
 */
record Evaluation(LocalDate first, LocalDate cutOff, LocalDate last, int requested, int shortHistory, int zeroScale,
                  List<MethodScores> methods, Map<String, Integer> selected,
                  Map<DemandClass, List<MethodScores>> byClass, Map<String, Map<String, Forecast>> forecasts) {

    /** @return how many SKUs were scored */
    int scored() {
        return requested - shortHistory - zeroScale;
    }

    /**
     * @param method a method's name
     * @return its scores
     */
    MethodScores scores(String method) {
        return methods.stream().filter(m -> m.method().equals(method)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no method " + method));
    }
}
