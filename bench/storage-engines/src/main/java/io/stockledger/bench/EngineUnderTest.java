package io.stockledger.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SnapshotEventEntry;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One storage engine as the benchmark drives it: the Axon engine, the Spring-backed Axon transaction manager
 * every write runs in, and the connection pool behind both.
 *
 * @param name        "JDBC" or "JPA"
 * @param engine      the Axon storage engine
 * @param transaction Axon's {@link SpringTransactionManager} over the engine's Spring transaction manager
 * @param dataSource  the engine's HikariCP pool
 * @param closer      releases what the engine holds (entity manager factory, pool)
 */
record EngineUnderTest(String name, EventStorageEngine engine, TransactionManager transaction,
                       HikariDataSource dataSource, AutoCloseable closer) implements AutoCloseable {

    /** Schema of the JDBC engine's tables. */
    static final String JDBC_SCHEMA = "jdbc_store";
    /** Schema Hibernate generates the JPA engine's tables in. */
    static final String JPA_SCHEMA = "jpa_store";

    /**
     * Builds the JDBC engine on tables like the service's Flyway V1: snake-case names, BIGSERIAL global index,
     * bytea payloads, the same unique constraints (and, with {@code bench.jdbcTxId}, V1's {@code tx_id} column and
     * commit-order index).
     */
    static EngineUnderTest jdbc(BenchSettings settings, Serializer serializer) throws SQLException {
        HikariDataSource pool = pool(settings, JDBC_SCHEMA);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String ddl : jdbcDdl(settings.jdbcTxId())) {
                statement.execute(ddl);
            }
        }
        SpringTransactionManager transactions = new SpringTransactionManager(new DataSourceTransactionManager(pool));
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .persistenceExceptionResolver(new SQLStateResolver())
                .connectionProvider(new SpringDataSourceConnectionProvider(pool))
                .transactionManager(transactions)
                .schema(eventSchema())
                .dataType(byte[].class)
                .batchSize(settings.readBatchSize())
                .build();
        return new EngineUnderTest("JDBC", engine, transactions, pool, pool);
    }

    /**
     * Builds the JPA engine: Hibernate 6 with Axon's {@link DomainEventEntry} and {@link SnapshotEventEntry},
     * snake-case names (Spring Boot's naming strategy), {@code bytea} payloads ({@link ByteaPostgreSQLDialect}),
     * the global index sequence of {@code META-INF/orm.xml} (allocation size 1), tables created by Hibernate.
     */
    static EngineUnderTest jpa(BenchSettings settings, Serializer serializer) {
        HikariDataSource pool = pool(settings, JPA_SCHEMA);
        HibernateJpaVendorAdapter vendor = new HibernateJpaVendorAdapter();
        vendor.setDatabasePlatform(ByteaPostgreSQLDialect.class.getName());
        LocalContainerEntityManagerFactoryBean factoryBean = new LocalContainerEntityManagerFactoryBean();
        factoryBean.setPersistenceUnitName("axon-events");
        factoryBean.setDataSource(pool);
        factoryBean.setJpaVendorAdapter(vendor);
        factoryBean.setManagedTypes(PersistenceManagedTypes.of(DomainEventEntry.class.getName(),
                                                               SnapshotEventEntry.class.getName()));
        factoryBean.setMappingResources("META-INF/orm.xml");
        factoryBean.setJpaPropertyMap(Map.of(
                "hibernate.hbm2ddl.auto", "create",
                "hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName()));
        factoryBean.afterPropertiesSet();
        EntityManagerFactory factory = factoryBean.getObject();

        SpringTransactionManager transactions = new SpringTransactionManager(new JpaTransactionManager(factory));
        JpaEventStorageEngine engine = JpaEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .persistenceExceptionResolver(new SQLStateResolver())
                .entityManagerProvider(new SimpleEntityManagerProvider(
                        SharedEntityManagerCreator.createSharedEntityManager(factory)))
                .transactionManager(transactions)
                .batchSize(settings.readBatchSize())
                .build();
        return new EngineUnderTest("JPA", engine, transactions, pool, () -> {
            factoryBean.destroy();
            pool.close();
        });
    }

    /** Runs {@code work} in one transaction of this engine (committed on return, rolled back on failure). */
    void inTransaction(Runnable work) {
        transaction.executeInTransaction(work);
    }

    /**
     * Reads back, from {@code information_schema}, the storage types of the payload columns and the increment of
     * the global-index sequence of this engine's schema.
     *
     * @return lines "table.column: type", "sequence name: increment N"
     * @throws IllegalStateException when a payload column is not {@code bytea}
     */
    List<String> describeSchema() throws SQLException {
        String schema = "JDBC".equals(name) ? JDBC_SCHEMA : JPA_SCHEMA;
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "select table_name, column_name, data_type from information_schema.columns"
                            + " where table_schema = '" + schema + "' and column_name in ('payload', 'meta_data')"
                            + " order by table_name, column_name")) {
                while (rows.next()) {
                    String type = rows.getString(3);
                    lines.add(rows.getString(1) + "." + rows.getString(2) + ": " + type);
                    if (!"bytea".equals(type)) {
                        throw new IllegalStateException(name + " stores " + rows.getString(1) + "."
                                                                + rows.getString(2) + " as " + type + ", not bytea");
                    }
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "select sequence_name, increment from information_schema.sequences"
                            + " where sequence_schema = '" + schema + "' order by sequence_name")) {
                while (rows.next()) {
                    lines.add("sequence " + rows.getString(1) + ": increment " + rows.getString(2));
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException(name + ": no payload column found in schema " + schema);
        }
        return lines;
    }

    /** Closes the engine's entity manager factory (JPA) and pool. */
    @Override
    public void close() throws Exception {
        closer.close();
    }

    /** The event and snapshot tables of Flyway's V1, in snake case (as the service's {@code AxonConfig}). */
    private static EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index").timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier").aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number").typeColumn("type").payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision").payloadColumn("payload").metaDataColumn("meta_data")
                .build();
    }

    /** @return the event and snapshot tables of V1 (token_entry is not needed here) */
    private static List<String> jdbcDdl(boolean withTxId) {
        List<String> ddl = new ArrayList<>(List.of(
                "CREATE TABLE domain_event_entry ("
                        + " global_index BIGSERIAL NOT NULL PRIMARY KEY,"
                        + " event_identifier VARCHAR(255) NOT NULL UNIQUE,"
                        + " aggregate_identifier VARCHAR(255) NOT NULL,"
                        + " sequence_number BIGINT NOT NULL,"
                        + " type VARCHAR(255),"
                        + " time_stamp VARCHAR(255) NOT NULL,"
                        + " payload_type VARCHAR(255) NOT NULL,"
                        + " payload_revision VARCHAR(255),"
                        + " payload BYTEA NOT NULL,"
                        + " meta_data BYTEA,"
                        + (withTxId ? " tx_id XID8 NOT NULL DEFAULT pg_current_xact_id()," : "")
                        + " CONSTRAINT domain_event_entry_aggregate_sequence"
                        + " UNIQUE (aggregate_identifier, sequence_number))",
                "CREATE TABLE snapshot_event_entry ("
                        + " aggregate_identifier VARCHAR(255) NOT NULL,"
                        + " sequence_number BIGINT NOT NULL,"
                        + " type VARCHAR(255) NOT NULL,"
                        + " event_identifier VARCHAR(255) NOT NULL UNIQUE,"
                        + " payload BYTEA NOT NULL,"
                        + " payload_revision VARCHAR(255),"
                        + " payload_type VARCHAR(255) NOT NULL,"
                        + " time_stamp VARCHAR(255) NOT NULL,"
                        + " meta_data BYTEA,"
                        + " PRIMARY KEY (aggregate_identifier, sequence_number))"));
        if (withTxId) {
            ddl.add("CREATE INDEX domain_event_entry_commit_order ON domain_event_entry (tx_id, global_index)");
        }
        return ddl;
    }

    /** @return a HikariCP pool of {@code bench.poolSize} connections whose search path is {@code schema} */
    private static HikariDataSource pool(BenchSettings settings, String schema) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(schema);
        config.setJdbcUrl(settings.databaseUrl(schema));
        config.setUsername(settings.user());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(settings.poolSize());
        return new HikariDataSource(config);
    }
}
