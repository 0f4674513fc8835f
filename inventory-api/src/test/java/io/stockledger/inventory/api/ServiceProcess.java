package io.stockledger.inventory.api;

import java.io.File;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged service ({@code java -jar}, system property {@code stockledger.jar}) as a real process on a
 * free port, against a given PostgreSQL, with a given admin key; its output goes to
 * {@code target/<name>.log}.
 */
final class ServiceProcess {

    private final Process process;
    private final int port;
    private final ApiClient api;

    private ServiceProcess(Process process, int port, String adminKey) {
        this.process = process;
        this.port = port;
        this.api = new ApiClient("http://localhost:" + port, adminKey);
    }

    /**
     * Starts the service and waits until it answers its health probe (at most 120 s).
     *
     * @param name     names the log file
     * @param jdbcUrl  the PostgreSQL to use
     * @param adminKey given as {@code STOCKLEDGER_ADMIN_KEY}
     * @return the running service
     */
    static ServiceProcess start(String name, String jdbcUrl, String adminKey) throws Exception {
        return start(name, jdbcUrl, adminKey, Map.of());
    }

    /**
     * @param name     names the log file
     * @param jdbcUrl  the PostgreSQL to use
     * @param adminKey given as {@code STOCKLEDGER_ADMIN_KEY}
     * @param env      further environment variables (settings)
     * @return the running service
     */
    static ServiceProcess start(String name, String jdbcUrl, String adminKey, Map<String, String> env)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-jar",
                System.getProperty("stockledger.jar"), "--server.port=" + port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/" + name + ".log")));
        builder.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        builder.environment().put("STOCKLEDGER_ADMIN_KEY", adminKey);
        builder.environment().putAll(env);
        ServiceProcess service = new ServiceProcess(builder.start(), port, adminKey);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(service.process.isAlive()).as("service process alive").isTrue();
            try {
                return service.api.get("/actuator/health").status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        return service;
    }

    /** @return a client sending the admin key */
    ApiClient api() {
        return api;
    }

    /** @return its HTTP port */
    int port() {
        return port;
    }

    /** SIGTERM, then waits for the graceful shutdown (at most 60 s). */
    void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    /** SIGKILL: the process dies at once, mid-work. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Kills it if still running (for clean-up). */
    void killIfAlive() {
        process.destroyForcibly();
    }
}
