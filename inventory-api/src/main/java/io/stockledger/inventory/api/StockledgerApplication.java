package io.stockledger.inventory.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Stockledger: the event-sourced inventory ledger. {@code java -jar inventory-api.jar} serves the HTTP API
 * on port 8080, with an embedded PostgreSQL under {@code ./data/} unless {@code SPRING_DATASOURCE_URL}
 * names a server.
 */
@SpringBootApplication(scanBasePackages = "io.stockledger.inventory")
@EnableScheduling
public class StockledgerApplication {

    /** @param args Spring Boot arguments ({@code --server.port=…} etc.) */
    public static void main(String[] args) {
        SpringApplication.run(StockledgerApplication.class, args);
    }
}
