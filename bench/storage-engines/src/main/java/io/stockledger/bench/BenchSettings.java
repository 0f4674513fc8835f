package io.stockledger.bench;

import java.util.Arrays;
import java.util.List;

/**
 * What to measure and where, read from system properties ({@code -Dbench.NAME=VALUE}) with the defaults the
 * published figures were taken with.
 *
 * @param serverUrl        JDBC URL of the PostgreSQL server, ending in {@code /} (the database name is appended)
 * @param user             database user (trust authentication: no password is sent)
 * @param database         the scratch database, created at start and dropped at the end
 * @param keepDatabase     whether to leave the scratch database behind for inspection
 * @param poolSize         HikariCP pool size of each engine
 * @param readBatchSize    the engines' read batch size (the service uses 500; Axon's default is 100)
 * @param threadCounts     appending thread counts of measurement (a)
 * @param warmupSeconds    un-recorded appending before each recorded window of (a)
 * @param durationSeconds  recorded appending window of (a)
 * @param aggregates       number of aggregates the appends of (a) are spread over
 * @param loadEvents       events of the single aggregate of (b)
 * @param loadBatch        events per transaction when building that aggregate
 * @param snapshotSequence sequence number of the snapshot of (b)
 * @param loadRepeats      timed repetitions of each load of (b), the median is reported
 * @param streamRepeats    timed repetitions of the streaming read of (c), the median is reported
 * @param jdbcTxId         whether the JDBC table also gets V1's {@code tx_id xid8} column and its index
 */
record BenchSettings(String serverUrl, String user, String database, boolean keepDatabase, int poolSize,
                     int readBatchSize, List<Integer> threadCounts, int warmupSeconds, int durationSeconds,
                     int aggregates, int loadEvents, int loadBatch, long snapshotSequence, int loadRepeats,
                     int streamRepeats, boolean jdbcTxId) {

    /** @return the settings from the system properties, defaults where a property is absent */
    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                text("url", "jdbc:postgresql://127.0.0.1:5432/"),
                text("user", "postgres"),
                text("database", "bench_engines"),
                Boolean.parseBoolean(text("keepDatabase", "false")),
                number("poolSize", 8),
                number("readBatchSize", 500),
                Arrays.stream(text("threads", "1,8,32").split(",")).map(String::trim).map(Integer::valueOf).toList(),
                number("warmupSeconds", 3),
                number("durationSeconds", 10),
                number("aggregates", 8_000),
                number("loadEvents", 100_000),
                number("loadBatch", 1_000),
                number("snapshotSequence", 99_000),
                number("loadRepeats", 5),
                number("streamRepeats", 3),
                Boolean.parseBoolean(text("jdbcTxId", "false")));
    }

    /** @return the JDBC URL of the scratch database with {@code schema} as the connections' search path */
    String databaseUrl(String schema) {
        return serverUrl + database + "?currentSchema=" + schema;
    }

    private static String text(String name, String fallback) {
        return System.getProperty("bench." + name, fallback);
    }

    private static int number(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }
}
