package io.stockledger.inventory.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockledger.inventory.api.security.CliCredentials;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * The admin command lines, run against a running service over HTTP:
 * <ul>
 *   <li>{@code java -jar inventory-api.jar rebuild [--projection NAME|all] [--target URL]}: rebuilds
 *       projections with a progress bar, waits until they have caught up, and prints the rate in events/s;</li>
 *   <li>{@code java -jar inventory-api.jar reconcile [--target URL]}: prints the reconciliation report.</li>
 * </ul>
 * The API key (ADMIN role) is {@code --api-key KEY} or comes from the environment (see
 * {@link CliCredentials}). Exit status 0 on success (no difference), 1 on failure or differences,
 * 2 for bad arguments.
 */
public final class AdminCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String target;
    private final String apiKey;
    private final PrintStream out;

    private AdminCommand(String target, String apiKey, PrintStream out) {
        this.target = target;
        this.apiKey = apiKey;
        this.out = out;
    }

    /**
     * @param command {@code rebuild} or {@code reconcile}
     * @param args    the arguments after it
     * @param out     where the report goes
     * @return the exit status
     */
    public static int run(String command, String[] args, PrintStream out) {
        String target = "http://localhost:8080";
        String projection = "all";
        String apiKey = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--target" -> target = args[++i];
                    case "--api-key" -> apiKey = args[++i];
                    case "--projection" -> {
                        if (!command.equals("rebuild")) {
                            throw new IllegalArgumentException("--projection is for rebuild");
                        }
                        projection = args[++i];
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
        } catch (RuntimeException e) {
            out.println(command + ": " + e.getMessage());
            out.println("usage: java -jar inventory-api.jar rebuild [--projection NAME|all] [--target URL] [--api-key KEY]");
            out.println("       java -jar inventory-api.jar reconcile [--target URL] [--api-key KEY]");
            return 2;
        }
        AdminCommand admin = new AdminCommand(target, CliCredentials.apiKey(apiKey), out);
        try {
            return command.equals("rebuild") ? admin.rebuild(projection) : admin.reconcile();
        } catch (IOException | IllegalStateException e) {
            out.println(command + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int rebuild(String projection) throws IOException, InterruptedException {
        long started = System.nanoTime();
        JsonNode answer = send("POST", "/api/v1/admin/projections/" + projection + "/rebuild");
        Set<String> names = new HashSet<>();
        answer.path("rebuilding").forEach(n -> names.add(n.asText()));
        out.printf("Rebuilding %s against %s%n", names, target);
        long head = 0;
        try (ProgressBar progress = new ProgressBarBuilder().setTaskName("Rebuild").setInitialMax(1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setUnit(" events", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            while (true) {
                Thread.sleep(100);
                long lowest = Long.MAX_VALUE;
                boolean done = true;
                for (JsonNode p : send("GET", "/api/v1/admin/projections")) {
                    if (names.contains(p.path("name").asText())) {
                        head = p.path("head").asLong();
                        lowest = Math.min(lowest, Math.max(0, p.path("position").asLong()));
                        done &= !p.path("rebuilding").asBoolean() && p.path("running").asBoolean()
                                && p.path("lag").asLong() == 0;
                    }
                }
                progress.maxHint(Math.max(head, 1));
                progress.stepTo(Math.min(lowest, head));
                if (done) {
                    break;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("Rebuilt %d projection(s) over %,d events in %.1f s: %,.0f events/s%n", names.size(), head,
                seconds, head / seconds);
        return 0;
    }

    private int reconcile() throws IOException, InterruptedException {
        JsonNode report = send("POST", "/api/v1/admin/reconciliation");
        out.printf("Reconciled %,d events: %,d stock items, %,d reservations, %,d transfers, %,d warehouses in %,d ms%n",
                report.path("events").asLong(), report.path("stockItems").asLong(),
                report.path("reservations").asLong(), report.path("transfers").asLong(),
                report.path("warehouses").asLong(), report.path("durationMillis").asLong());
        JsonNode differences = report.path("differences");
        if (report.path("changedDuringCheck").asLong() > 0) {
            out.printf("%,d differences dropped: their aggregates changed during the check%n",
                    report.path("changedDuringCheck").asLong());
        }
        if (differences.isEmpty()) {
            out.println("No differences.");
            return 0;
        }
        out.printf("%,d differences:%n", differences.size());
        for (JsonNode d : differences) {
            out.printf("  %s %s %s: events say %s, found %s%n", d.path("subject").asText(), d.path("key").asText(),
                    d.path("field").asText(), d.path("expected").asText(), d.path("actual").asText());
        }
        return 1;
    }

    private JsonNode send(String method, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path))
                .timeout(Duration.ofMinutes(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
