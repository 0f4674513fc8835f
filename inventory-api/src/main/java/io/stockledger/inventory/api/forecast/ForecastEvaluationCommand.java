package io.stockledger.inventory.api.forecast;

import io.stockledger.inventory.api.replay.RetailLog;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code forecast-eval} command line:
 * {@code java -jar inventory-api.jar forecast-eval --file PATH [--skus N] [--holdout-days N]}.
 * Reads a retail log (UCI Online Retail format), holds out its last days (56 by default), forecasts them
 * from the days before with every method, and prints the accuracy over the best-selling SKUs (500 by
 * default) as markdown ({@link ForecastEvaluation}, docs/forecasting.md). Needs no running service.
 * Exit status 0 when done, 2 for bad arguments or an unreadable log.
 */
public final class ForecastEvaluationCommand {

    private static final String USAGE = "usage: java -jar inventory-api.jar forecast-eval --file PATH [--skus N] "
            + "[--holdout-days N]";

    private ForecastEvaluationCommand() {
    }

    /**
     * @param args the arguments after {@code forecast-eval}
     * @param out  where the report goes
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out) {
        String file = null;
        int skus = 500;
        int holdoutDays = 56;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--file" -> file = args[++i];
                    case "--skus" -> skus = Integer.parseInt(args[++i]);
                    case "--holdout-days" -> holdoutDays = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (file == null || !Files.isReadable(Path.of(file)) || skus < 1 || holdoutDays < 1) {
                throw new IllegalArgumentException(file == null ? "--file is required"
                        : skus < 1 || holdoutDays < 1 ? "--skus and --holdout-days must be at least 1"
                        : "cannot read " + file);
            }
        } catch (RuntimeException e) {
            out.println("forecast-eval: " + e.getMessage());
            out.println(USAGE);
            return 2;
        }
        try {
            long started = System.nanoTime();
            List<RetailLog.Invoice> invoices = RetailLog.read(Path.of(file), Long.MAX_VALUE);
            DailyDemand demand = DailyDemand.of(invoices);
            long read = System.nanoTime();
            Evaluation evaluation = ForecastEvaluation.run(demand, skus, holdoutDays);
            long done = System.nanoTime();
            EvaluationReport.print(evaluation, out);
            out.printf(Locale.ROOT, "%nRead %,d invoices (%,d SKUs, %d days) in %.1f s; evaluated in %.1f s; %d processors.%n",
                    invoices.size(), demand.skus(), demand.days(), (read - started) / 1e9, (done - read) / 1e9,
                    Runtime.getRuntime().availableProcessors());
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            out.println("forecast-eval: " + e.getMessage());
            return 2;
        }
    }
}
