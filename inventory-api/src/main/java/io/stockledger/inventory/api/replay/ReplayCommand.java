package io.stockledger.inventory.api.replay;

import io.stockledger.inventory.api.security.CliCredentials;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code replay} command line:
 * {@code java -jar inventory-api.jar replay --file PATH [--target URL] [--limit N] [--no-verify] [--api-key KEY]}.
 * Replays a retail log (UCI Online Retail format) through a running service over HTTP and prints a
 * progress bar and a closing summary. Exit status 0 when every call was answered without a 5xx and the
 * verification found no difference, 1 otherwise, 2 for bad arguments.
 */
public final class ReplayCommand {

    private ReplayCommand() {
    }

    /**
     * @param args the arguments after {@code replay}
     * @param out  where the summary goes
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out) {
        String file = null;
        String target = "http://localhost:8080";
        long limit = Long.MAX_VALUE;
        boolean verify = true;
        String apiKey = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--file" -> file = args[++i];
                    case "--target" -> target = args[++i];
                    case "--limit" -> limit = Long.parseLong(args[++i]);
                    case "--no-verify" -> verify = false;
                    case "--api-key" -> apiKey = args[++i];
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (file == null || !Files.isReadable(Path.of(file)) || limit < 1) {
                throw new IllegalArgumentException(file == null ? "--file is required"
                        : limit < 1 ? "--limit must be at least 1" : "cannot read " + file);
            }
        } catch (RuntimeException e) {
            out.println("replay: " + e.getMessage());
            out.println("usage: java -jar inventory-api.jar replay --file PATH [--target URL] [--limit N] [--no-verify] [--api-key KEY]");
            return 2;
        }
        try {
            out.printf("Reading %s%n", file);
            List<RetailLog.Invoice> invoices = RetailLog.read(Path.of(file), limit);
            out.printf("Replaying %,d invoices against %s%n", invoices.size(), target);
            ReplaySummary summary = new Replay(new ReplayClient(target, CliCredentials.apiKey(apiKey))).run(invoices, verify);
            summary.print(out);
            return summary.clean() ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
            out.println("replay: " + e.getMessage());
            return 2;
        }
    }
}
