package io.stockledger.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Measures Axon's {@code JdbcEventStorageEngine} against its {@code JpaEventStorageEngine} (Hibernate 6) on the
 * local PostgreSQL, with the same events, serializer, pool size and transaction handling:
 * <ol type="a">
 *     <li>append throughput and latency: 1, 8 and 32 threads, one event per transaction, random aggregates;</li>
 *     <li>aggregate load: 100,000 events of one aggregate, read in full, and read from a snapshot at 99,000;</li>
 *     <li>streaming read: every event from the start of the store, as a tracking processor reads it.</li>
 * </ol>
 * Each step runs both engines back to back, alternating which goes first, so that a load change on the machine
 * hits both alike. The scratch database is created at start and dropped at the end. Progress goes to standard
 * error; the markdown report to standard output. Settings: see {@link BenchSettings}.
 */
public final class StorageEngineBenchmark {

    /** Aggregate of measurement (b). */
    private static final String LOAD_AGGREGATE = "SKU-LOAD-100K";

    private final BenchSettings settings;
    private final Results results = new Results();
    private int step;

    private StorageEngineBenchmark(BenchSettings settings) {
        this.settings = settings;
    }

    /** Runs the whole benchmark and prints the report. */
    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        new StorageEngineBenchmark(settings).run();
    }

    private void run() throws Exception {
        Serializer serializer = BenchEvents.serializer();
        Map<String, String> machine = machineFacts();
        List<String> schemaLines = new ArrayList<>();
        recreateDatabase();
        try (EngineUnderTest jdbc = EngineUnderTest.jdbc(settings, serializer);
             EngineUnderTest jpa = EngineUnderTest.jpa(settings, serializer)) {
            for (EngineUnderTest engine : List.of(jdbc, jpa)) {
                engine.describeSchema().forEach(line -> schemaLines.add(engine.name() + ": " + line));
            }
            schemaLines.forEach(line -> progress("schema " + line));
            measureAppends(jdbc, jpa);
            measureLoads(jdbc, jpa);
            measureStreaming(jdbc, jpa);
        } finally {
            if (!settings.keepDatabase()) {
                dropDatabase();
            }
        }
        machine.put("payload", BenchEvents.payloadSize(serializer) + " bytes of JSON per event (Jackson)");
        printReport(machine, schemaLines);
    }

    /** (a) For each thread count: both engines, a warm-up then a recorded window each. */
    private void measureAppends(EngineUnderTest jdbc, EngineUnderTest jpa) throws InterruptedException {
        Map<String, AppendWorkload> workloads = Map.of(jdbc.name(), new AppendWorkload(jdbc, settings.aggregates()),
                                                       jpa.name(), new AppendWorkload(jpa, settings.aggregates()));
        for (int threads : settings.threadCounts()) {
            for (EngineUnderTest engine : nextOrder(jdbc, jpa)) {
                AppendWorkload.Result result = workloads.get(engine.name())
                        .run(threads, settings.warmupSeconds(), settings.durationSeconds());
                if (result.failures() > 0) {
                    throw new IllegalStateException(engine.name() + ": " + result.failures() + " appends failed",
                                                    result.firstFailure());
                }
                String label = "append, " + threads + (threads == 1 ? " thread" : " threads");
                results.put(label, "events/s", true, engine.name(), result.eventsPerSecond());
                results.put(label + ", p50 latency", "ms", false, engine.name(), result.latencyMillis(0.50));
                results.put(label + ", p99 latency", "ms", false, engine.name(), result.latencyMillis(0.99));
                progress(String.format(Locale.ROOT, "%s %s: %.0f events/s, p50 %.2f ms, p99 %.2f ms",
                                       engine.name(), label, result.eventsPerSecond(), result.latencyMillis(0.5),
                                       result.latencyMillis(0.99)));
            }
        }
    }

    /** (b) One long aggregate per engine: written in batches, then loaded in full and from a snapshot. */
    private void measureLoads(EngineUnderTest jdbc, EngineUnderTest jpa) {
        for (EngineUnderTest engine : nextOrder(jdbc, jpa)) {
            long began = System.nanoTime();
            for (long first = 0; first < settings.loadEvents(); first += settings.loadBatch()) {
                int count = (int) Math.min(settings.loadBatch(), settings.loadEvents() - first);
                List<DomainEventMessage<?>> batch = BenchEvents.adjustments(LOAD_AGGREGATE, first, count);
                engine.inTransaction(() -> engine.engine().appendEvents(batch));
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            results.put(String.format(Locale.ROOT, "append in batches of %,d per transaction, 1 thread",
                                      settings.loadBatch()),
                        "events/s", true, engine.name(), settings.loadEvents() / seconds);
            progress(String.format(Locale.ROOT, "%s wrote %,d events of one aggregate in %.1f s",
                                   engine.name(), settings.loadEvents(), seconds));
        }
        for (EngineUnderTest engine : nextOrder(jdbc, jpa)) {
            long full = timeLoad(() -> drain(engine.engine().readEvents(LOAD_AGGREGATE)),
                                 settings.loadEvents());
            results.put(String.format(Locale.ROOT, "load aggregate of %,d events, median of %d",
                                      settings.loadEvents(), settings.loadRepeats()),
                        "ms", false, engine.name(), full / 1e6);
            progress(String.format(Locale.ROOT, "%s full load: %.1f ms", engine.name(), full / 1e6));
        }
        long afterSnapshot = settings.loadEvents() - settings.snapshotSequence() - 1;
        for (EngineUnderTest engine : nextOrder(jdbc, jpa)) {
            engine.inTransaction(() -> engine.engine().storeSnapshot(
                    BenchEvents.snapshot(LOAD_AGGREGATE, settings.snapshotSequence())));
            long fromSnapshot = timeLoad(() -> {
                DomainEventMessage<?> snapshot = engine.engine().readSnapshot(LOAD_AGGREGATE).orElseThrow();
                snapshot.getPayload();
                return drain(engine.engine().readEvents(LOAD_AGGREGATE, snapshot.getSequenceNumber() + 1));
            }, afterSnapshot);
            results.put(String.format(Locale.ROOT, "load from snapshot at %,d + %,d events, median of %d",
                                      settings.snapshotSequence(), afterSnapshot, settings.loadRepeats()),
                        "ms", false, engine.name(), fromSnapshot / 1e6);
            progress(String.format(Locale.ROOT, "%s snapshot load: %.2f ms", engine.name(), fromSnapshot / 1e6));
        }
    }

    /** (c) The whole store read from the start, as a tracking event processor catching up would. */
    private void measureStreaming(EngineUnderTest jdbc, EngineUnderTest jpa) throws SQLException {
        for (EngineUnderTest engine : nextOrder(jdbc, jpa)) {
            long total = countEvents(engine);
            long nanos = Stats.medianNanos(settings.streamRepeats(), total, () -> {
                try (Stream<? extends TrackedEventMessage<?>> events = engine.engine().readEvents(null, false)) {
                    return events.mapToLong(event -> {
                        event.getPayload();
                        return 1;
                    }).sum();
                }
            });
            double perSecond = total / (nanos / 1e9);
            results.put(String.format(Locale.ROOT, "streaming read from the start, median of %d",
                                      settings.streamRepeats()),
                        "events/s", true, engine.name(), perSecond);
            results.put("streaming read: events in the store", "count", null, engine.name(), total);
            progress(String.format(Locale.ROOT, "%s streamed %,d events: %.0f events/s", engine.name(), total,
                                   perSecond));
        }
    }

    /** Times one untimed warm-up load and then the median of {@code bench.loadRepeats} loads, in nanoseconds. */
    private long timeLoad(LongSupplier load, long expected) {
        Stats.medianNanos(1, expected, load);
        return Stats.medianNanos(settings.loadRepeats(), expected, load);
    }

    /**
     * Consumes an aggregate's event stream as event sourcing does: every payload deserialized.
     *
     * @return the number of events read
     */
    private static long drain(DomainEventStream stream) {
        long count = 0;
        while (stream.hasNext()) {
            stream.next().getPayload();
            count++;
        }
        return count;
    }

    /** @return the engine order of the next step: JDBC first on even steps, JPA first on odd ones */
    private List<EngineUnderTest> nextOrder(EngineUnderTest jdbc, EngineUnderTest jpa) {
        return step++ % 2 == 0 ? List.of(jdbc, jpa) : List.of(jpa, jdbc);
    }

    private static long countEvents(EngineUnderTest engine) throws SQLException {
        try (Connection connection = engine.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void printReport(Map<String, String> machine, List<String> schemaLines) {
        StringBuilder report = new StringBuilder();
        report.append("## Storage engines: JDBC vs JPA (Axon 4.13.0, PostgreSQL)\n\n");
        report.append("| machine | |\n|---|---|\n");
        machine.forEach((fact, value) -> report.append("| ").append(fact).append(" | ").append(value).append(" |\n"));
        report.append("\nSchemas as created (information_schema):\n\n");
        schemaLines.forEach(line -> report.append("- ").append(line).append('\n'));
        report.append('\n').append(results.toMarkdown(List.of("JDBC", "JPA")));
        System.out.print(report);
        System.out.flush();
    }

    /** @return what the figures depend on: CPUs, memory, JVM, PostgreSQL and its durability settings */
    private Map<String, String> machineFacts() throws SQLException, IOException, InterruptedException {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("date (UTC)", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        facts.put("nproc", Runtime.getRuntime().availableProcessors() + " (" + procLine("/proc/cpuinfo",
                                                                                       "model name") + ")");
        facts.put("memory", memory());
        facts.put("CPU idle in the 2 s before start", cpuIdleBefore());
        facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        facts.put("java -version", javaVersion());
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            facts.put("PostgreSQL", single(statement, "select version()"));
            facts.put("PostgreSQL settings", "synchronous_commit=" + single(statement, "show synchronous_commit")
                    + ", fsync=" + single(statement, "show fsync")
                    + ", shared_buffers=" + single(statement, "show shared_buffers"));
        }
        facts.put("settings", String.format(Locale.ROOT,
                "HikariCP pool %d per engine, engine read batch %d, append warm-up %d s + recorded %d s over %,d "
                        + "aggregates, JDBC tx_id column %s",
                settings.poolSize(), settings.readBatchSize(), settings.warmupSeconds(), settings.durationSeconds(),
                settings.aggregates(), settings.jdbcTxId() ? "on" : "off"));
        return facts;
    }

    /** Drops (forcing out any leftover session) and creates the scratch database with one schema per engine. */
    private void recreateDatabase() throws SQLException {
        dropDatabase();
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + settings.database());
        }
        Properties credentials = credentials();
        try (Connection connection = DriverManager.getConnection(settings.serverUrl() + settings.database(),
                                                                 credentials);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + EngineUnderTest.JDBC_SCHEMA);
            statement.execute("CREATE SCHEMA " + EngineUnderTest.JPA_SCHEMA);
        }
    }

    private void dropDatabase() throws SQLException {
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + settings.database() + " WITH (FORCE)");
        }
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(settings.serverUrl() + "postgres", credentials());
    }

    private Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        return properties;
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** @return the output of {@code java -version} of the running JVM, on one line */
    private static String javaVersion() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                             "-version").redirectErrorStream(true).start();
        try (InputStream output = process.getInputStream()) {
            String text = new String(output.readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor();
            return String.join("; ", text.lines().toList());
        }
    }

    /** @return the value of the first line of a /proc file starting with {@code key}, or "?" */
    private static String procLine(String file, String key) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> line.startsWith(key)).map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    /** @return total memory from /proc/meminfo in GiB, or "?" */
    private static String memory() {
        String total = procLine("/proc/meminfo", "MemTotal");
        if (!total.endsWith(" kB")) {
            return total;
        }
        long kib = Long.parseLong(total.substring(0, total.length() - 3).trim());
        return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
    }

    /**
     * Samples /proc/stat over two seconds: a machine busy with someone else's build or load test before the start
     * shows here (the load average would not tell, it lags and counts this benchmark's own threads).
     *
     * @return the share of CPU time that was idle, e.g. "99.5 %", or "?"
     */
    private static String cpuIdleBefore() throws InterruptedException {
        long[] first = cpuTimes();
        Thread.sleep(2_000);
        long[] second = cpuTimes();
        if (first.length < 5 || second.length < 5) {
            return "?";
        }
        long total = 0;
        for (int i = 0; i < Math.min(first.length, second.length); i++) {
            total += second[i] - first[i];
        }
        long idle = (second[3] - first[3]) + (second[4] - first[4]);
        return total == 0 ? "?" : String.format(Locale.ROOT, "%.1f %%", 100.0 * idle / total);
    }

    /** @return the jiffies of the "cpu" line of /proc/stat (user, nice, system, idle, iowait, ...), or none */
    private static long[] cpuTimes() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            return lines.filter(line -> line.startsWith("cpu ")).findFirst()
                    .map(line -> line.substring(4).trim().split("\\s+")).stream().flatMap(Arrays::stream)
                    .mapToLong(Long::parseLong).toArray();
        } catch (IOException e) {
            return new long[0];
        }
    }

    /** @return the 1-minute load average, for the progress lines */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Prints a progress line, with the current load average, on standard error. */
    private static void progress(String message) {
        System.err.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " load " + loadAverage() + "] "
                                   + message);
    }
}
