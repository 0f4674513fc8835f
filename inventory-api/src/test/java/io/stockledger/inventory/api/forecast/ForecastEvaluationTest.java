package io.stockledger.inventory.api.forecast;

import io.stockledger.inventory.api.replay.RetailLog;
import io.stockledger.inventory.query.forecast.DemandSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastEvaluationTest {

    private static final int HOLDOUT = 28;
    private static final LocalDate CUT_OFF = GeneratedLog.FIRST.plusDays(GeneratedLog.DAYS - HOLDOUT);

    @TempDir
    Path dir;

    @Test
    void givenTwoLogsThatDifferOnlyAfterTheCutOffWhenEvaluatedThenTheForecastsAreTheSame() throws IOException {
        Evaluation base = evaluate(GeneratedLog.rows(null));
        Evaluation changed = evaluate(GeneratedLog.rows(CUT_OFF));

        assertThat(changed.cutOff()).isEqualTo(base.cutOff()).isEqualTo(CUT_OFF);
        assertThat(changed.forecasts()).isEqualTo(base.forecasts());
        assertThat(changed.forecasts()).hasSize(8).doesNotContainKey("99999");
        // the held-out days did change, and so did the scores
        assertThat(changed.scores("SNaive").meanMase()).isGreaterThan(base.scores("SNaive").meanMase());
    }

    @Test
    void givenTheGeneratedLogWhenEvaluatedThenEverySkuIsScoredByEveryMethodAndSelected() throws IOException {
        Evaluation evaluation = evaluate(GeneratedLog.rows(null));

        assertThat(evaluation.scored()).isEqualTo(8);
        assertThat(evaluation.methods()).extracting(MethodScores::method)
                .containsExactly("Croston", "SBA", "TSB", "ETS(A,N,A)", "Auto (selected)", "SNaive", "DOW-90");
        assertThat(evaluation.methods()).allSatisfy(m -> assertThat(m.count()).isEqualTo(8));
        assertThat(evaluation.selected()).containsEntry("ETS(A,N,A)", 6).containsEntry("TSB", 2);
        assertThat(evaluation.forecasts().values()).allSatisfy(byMethod -> assertThat(byMethod.values())
                .allSatisfy(f -> assertThat(f.days()).hasSize(HOLDOUT)
                        .first().satisfies(day -> assertThat(day.date()).isEqualTo(CUT_OFF))));
        // a clean weekly pattern: the weekly methods beat the flat intermittent ones on the smooth SKUs
        assertThat(evaluation.scores("ETS(A,N,A)").meanMase()).isLessThan(evaluation.scores("Croston").meanMase());
    }

    @Test
    void givenOrdersReturnsWriteOffsAndFeesWhenDailyDemandThenOrdersNetOfSameDayReturnsFlooredAtZero() throws IOException {
        Path file = GeneratedLog.write(dir, "small.csv", List.of(
                "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
                "536365,85123A,HEART,10,2011-01-03 09:00:00,2.55,17850,United Kingdom",
                "536365,POST,POSTAGE,1,2011-01-03 09:00:00,18.0,17850,United Kingdom",
                "C536366,85123A,HEART,-3,2011-01-03 15:00:00,2.55,17850,United Kingdom",
                "536367,85123A,,-5,2011-01-03 16:00:00,0.0,,United Kingdom",
                "C536368,85123A,HEART,-4,2011-01-04 10:00:00,2.55,17850,United Kingdom",
                "536369,85123A,HEART,2,2011-01-06 23:30:00,2.55,17850,United Kingdom"));

        DailyDemand demand = DailyDemand.of(RetailLog.read(file, Long.MAX_VALUE));

        DemandSeries heart = demand.series("85123A");
        assertThat(demand.first()).isEqualTo(LocalDate.of(2011, 1, 3));
        assertThat(demand.days()).isEqualTo(4);
        assertThat(heart.values()).containsExactly(7, 0, 0, 2);
        assertThat(demand.skus()).isEqualTo(1);
    }

    @Test
    void givenALogWhenTheCommandRunsThenItPrintsAMarkdownRowPerMethod() throws IOException {
        Path file = GeneratedLog.write(dir, "log.csv", GeneratedLog.rows(null));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int status = ForecastEvaluationCommand.run(new String[] {"--file", file.toString(), "--skus", "10",
                "--holdout-days", String.valueOf(HOLDOUT)}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        for (String method : ForecastEvaluation.methodNames()) {
            assertThat(out.lines().filter(l -> l.startsWith("| " + method + " | "))).as(method).hasSize(1);
        }
        assertThat(out).contains("hold-out " + CUT_OFF).contains("SKUs: the 10 best-selling");
    }

    @Test
    void givenBadArgumentsWhenTheCommandRunsThenUsageAndStatus2() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        assertThat(ForecastEvaluationCommand.run(new String[] {"--skus", "5"}, out)).isEqualTo(2);
        assertThat(ForecastEvaluationCommand.run(new String[] {"--file", dir.resolve("missing.csv").toString()}, out))
                .isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--file is required").contains("usage:");
    }

    private Evaluation evaluate(List<String> rows) throws IOException {
        Path file = GeneratedLog.write(dir, "log-" + rows.hashCode() + ".csv", rows);
        return ForecastEvaluation.run(DailyDemand.of(RetailLog.read(file, Long.MAX_VALUE)), 8, HOLDOUT);
    }
}
