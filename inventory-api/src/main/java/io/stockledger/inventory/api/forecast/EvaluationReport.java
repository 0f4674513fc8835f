package io.stockledger.inventory.api.forecast;

import io.stockledger.inventory.query.forecast.DemandClass;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints an {@link Evaluation} as markdown: the set-up, the accuracy table, the selection, the table per class. */
final class EvaluationReport {

    private EvaluationReport() {
    }

    /**
     * @param evaluation the outcome
     * @param out        where to print
     */
    static void print(Evaluation evaluation, PrintStream out) {
        long trainingDays = ChronoUnit.DAYS.between(evaluation.first(), evaluation.cutOff());
        long holdoutDays = ChronoUnit.DAYS.between(evaluation.cutOff(), evaluation.last()) + 1;
        out.printf(Locale.ROOT, "Training %s … %s (%d days); hold-out %s … %s (%d days, forecast 1–%d days ahead).%n",
                evaluation.first(), evaluation.cutOff().minusDays(1), trainingDays, evaluation.cutOff(),
                evaluation.last(), holdoutDays, holdoutDays);
        out.printf(Locale.ROOT, "SKUs: the %d best-selling before the cut-off; %d scored, %d with under %d days from the "
                        + "first sale to the cut-off and %d with a zero in-sample scale not scored.%n%n",
                evaluation.requested(), evaluation.scored(), evaluation.shortHistory(), ForecastEvaluation.MIN_HISTORY,
                evaluation.zeroScale());

        MethodScores naive = evaluation.scores("SNaive");
        MethodScores dow = evaluation.scores("DOW-90");
        out.println("| method | mean MASE | median MASE | mean RMSSE | forecast / actual units | 95 % interval coverage "
                + "| SKUs better than SNaive | SKUs better than DOW-90 |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (MethodScores scores : evaluation.methods()) {
            out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.2f | %.1f %% | %s | %s |%n", scores.method(),
                    scores.meanMase(), scores.medianMase(), scores.meanRmsse(), scores.forecastToActual(),
                    100 * scores.coverage(),
                    scores == naive ? "–" : share(scores.winsAgainst(naive), scores.count()),
                    scores == dow ? "–" : share(scores.winsAgainst(dow), scores.count()));
        }
        out.printf("%nThe selector sent: %s.%n%n", evaluation.selected().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));

        List<String> names = ForecastEvaluation.methodNames();
        out.println("Median MASE by demand class of the training days (Syntetos, Boylan & Croston 2005):");
        out.println();
        out.println("| class | SKUs | " + String.join(" | ", names) + " |");
        out.println("|---|---:|" + "---:|".repeat(names.size()));
        for (Map.Entry<DemandClass, List<MethodScores>> row : evaluation.byClass().entrySet()) {
            out.printf(Locale.ROOT, "| %s | %d | %s |%n", row.getKey().name().toLowerCase(Locale.ROOT),
                    row.getValue().get(0).count(), row.getValue().stream()
                            .map(s -> String.format(Locale.ROOT, "%.3f", s.medianMase()))
                            .collect(Collectors.joining(" | ")));
        }
    }

    private static String share(int part, int whole) {
        return String.format(Locale.ROOT, "%d (%.0f %%)", part, whole == 0 ? 0.0 : 100.0 * part / whole);
    }
}
