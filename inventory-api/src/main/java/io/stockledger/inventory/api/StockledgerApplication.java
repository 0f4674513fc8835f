package io.stockledger.inventory.api;

import io.stockledger.inventory.api.forecast.ForecastEvaluationCommand;
import io.stockledger.inventory.api.admin.AdminCommand;
import io.stockledger.inventory.api.replay.ReplayCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Arrays;

/**
 * Stockledger: the event-sourced inventory ledger. {@code java -jar inventory-api.jar} serves the HTTP API
 * on port 8080, with an embedded PostgreSQL under {@code ./data/} unless {@code SPRING_DATASOURCE_URL}
 * names a server.
 */
@SpringBootApplication(scanBasePackages = "io.stockledger.inventory")
@EnableScheduling
public class StockledgerApplication {

    private static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    /**
     * @param args Spring Boot arguments ({@code --server.port=…} etc.), or a command to run against a
     *             running service instead: {@code replay …} ({@link ReplayCommand}), {@code rebuild …} or
     *             {@code reconcile …} ({@link AdminCommand}), {@code forecast-eval …}
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("replay")) {
            System.exit(ReplayCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && (args[0].equals("rebuild") || args[0].equals("reconcile"))) {
            System.exit(AdminCommand.run(args[0], Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && args[0].equals("forecast-eval")) {
            System.exit(ForecastEvaluationCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        // Axon's update checker reports usage to AxonIQ over the network; off unless asked for.
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
        SpringApplication.run(StockledgerApplication.class, args);
    }
}
