package io.stockledger.inventory.api;

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
     * @param args Spring Boot arguments ({@code --server.port=…} etc.), or {@code replay …} to run the
     *             replay command against a running service instead (see {@link ReplayCommand})
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("replay")) {
            System.exit(ReplayCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        // Axon's update checker reports usage to AxonIQ over the network; off unless asked for.
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
        SpringApplication.run(StockledgerApplication.class, args);
    }
}
