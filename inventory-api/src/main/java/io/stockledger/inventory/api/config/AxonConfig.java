package io.stockledger.inventory.api.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.stockledger.inventory.api.eventstore.CommitOrderJdbcEventStorageEngine;
import io.stockledger.inventory.api.eventstore.KeepUnchangedAggregatesCache;
import io.stockledger.inventory.api.eventstore.PromptlyPolledEventSource;
import io.stockledger.inventory.command.reservation.Reservation;
import io.stockledger.inventory.command.reservation.ReservationCommandHandler;
import io.stockledger.inventory.command.transfer.Transfer;
import io.stockledger.inventory.command.transfer.TransferCommandHandler;
import io.stockledger.inventory.command.stock.StockItem;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Axon's set-up: serialization, the event store, snapshots, caches, correlation metadata and command
 * retries. Event processors are configured in {@code application.yml} ({@code axon.eventhandling}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class AxonConfig {

    /**
     * One Jackson mapper for everything Axon stores (events, snapshots, tokens, metadata): ISO-8601
     * instants, unknown properties ignored so that events may gain fields without an upcaster. Kept apart
     * from the web mapper, which is strict.
     */
    @Bean
    @Primary
    public Serializer serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder().objectMapper(mapper).lenientDeserialization().build();
    }

    /** Events in JSON (bytea), never XStream. */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    /** Messages in JSON, never XStream. */
    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    /**
     * The JDBC storage engine (chosen over JPA by measurement, docs/adr/0001) with commit-order reading, so
     * that no committed event is ever skipped (docs/adr/0002). Tables come from Flyway (V1). Not created with
     * Axon Server (profile {@code axonserver}), which is then the event store.
     */
    @Bean
    @ConditionalOnJdbcEventStore
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 Configuration configuration,
                                                 @Value("${stockledger.event-store.batch-size:500}") int batchSize) {
        EventSchema schema = eventSchema();
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema)
                .dataType(byte[].class)
                .batchSize(batchSize);
        return new CommitOrderJdbcEventStorageEngine(builder, connectionProvider, transactionManager, schema);
    }

    /**
     * The event store. Streaming readers are woken when this instance commits events, but an event
     * stays invisible until every older transaction on the database has ended (ADR 0002), so a wake-up
     * can find nothing yet; the reader then polls again after {@code stockledger.event-store.fetch-delay-ms}
     * (default 25 ms, Axon's default is 1 s), which bounds the projection lag this adds. Events committed
     * by other instances are found by the same polling. With Axon Server (profile {@code axonserver}), Axon's
     * {@code AxonServerEventStore} takes its place.
     */
    @Bean(name = "eventBus")
    @ConditionalOnJdbcEventStore
    @Qualifier("eventStore")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                         @Value("${stockledger.event-store.fetch-delay-ms:25}") long fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay)
                .build();
    }

    /**
     * Recognises a violated unique (aggregate, sequence) key as a concurrent append (Axon's
     * {@code ConcurrencyException}, retried by the command gateway) rather than a failure. JDBC event store only.
     */
    @Bean
    @ConditionalOnJdbcEventStore
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        // PostgreSQL reports a unique violation as SQLState 23505 (its vendor error code is always 0, which
        // the error-code resolver cannot match); also when the insert was part of a JDBC batch.
        return new SQLStateResolver("23505");
    }

    /**
     * What the pooled projection processors read (named in {@code application.yml} as their
     * {@code source}): the event store, with wake-ups every {@code stockledger.processors.wake-up-ms}
     * (default 10 ms) instead of Axon's 500 ms, to keep projection lag low. With Axon Server, whose streams
     * announce new events themselves, {@link AxonServerConfig} defines this source instead.
     */
    @Bean(destroyMethod = "shutDown")
    @ConditionalOnJdbcEventStore
    public PromptlyPolledEventSource projectionEventSource(EventStore eventStore,
                                                           @Value("${stockledger.processors.wake-up-ms:10}") long wakeUp) {
        return new PromptlyPolledEventSource(eventStore, wakeUp);
    }

    /** The event and snapshot tables of Flyway's V1, in snake case. */
    public static EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index").timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier").aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number").typeColumn("type").payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision").payloadColumn("payload").metaDataColumn("meta_data")
                .build();
    }

    /** The token table of Flyway's V1, in snake case (processors' positions, shared by all instances). */
    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder().setTokenTable("token_entry").setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment").setTokenColumn("token").setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp").setOwnerColumn("owner").build();
    }

    /**
     * Snapshots are taken on their own thread, after the command's transaction, never on the command
     * thread.
     */
    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(Configuration configuration, EventStore eventStore,
                                                           TransactionManager transactionManager) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .executor(Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "snapshotter");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    /**
     * A stock item is snapshotted every {@code stockledger.snapshot.threshold} events (default 250), so
     * loading it reads one snapshot and fewer than that many events, however long its history.
     */
    @Bean
    public SnapshotTriggerDefinition stockItemSnapshotTrigger(@Lazy Snapshotter snapshotter,
                                                              @Value("${stockledger.snapshot.threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * The on-heap cache manager behind the aggregate caches (Ehcache 3, entries by reference, LRU-like
     * eviction beyond the configured number of entries).
     */
    @Bean(destroyMethod = "close")
    public CacheManager aggregateCacheManager(
            @Value("${stockledger.cache.stock-items:200000}") long stockItems,
            @Value("${stockledger.cache.reservations:100000}") long reservations,
            @Value("${stockledger.cache.alerts:20000}") long alerts) {
        return CacheManagerBuilder.newCacheManagerBuilder()
                .withCache("stockItems", CacheConfigurationBuilder.newCacheConfigurationBuilder(
                        Object.class, Object.class, ResourcePoolsBuilder.heap(stockItems)))
                .withCache("reservations", CacheConfigurationBuilder.newCacheConfigurationBuilder(
                        Object.class, Object.class, ResourcePoolsBuilder.heap(reservations)))
                .withCache("alerts", CacheConfigurationBuilder.newCacheConfigurationBuilder(
                        Object.class, Object.class, ResourcePoolsBuilder.heap(alerts)))
                .build(true);
    }

    /**
     * Stock items stay in memory (up to {@code stockledger.cache.stock-items}, default 200,000): a cached
     * one loads with no database read. Safe because a failed or conflicting unit of work evicts the entry
     * (Axon's caching repository removes it on rollback), so a stale copy is never written on: with
     * several instances a stale entry fails the append on the unique (aggregate, sequence) key, is evicted,
     * and the retried command loads the stock item afresh. A refused command (nothing applied) keeps its
     * stock items cached ({@link KeepUnchangedAggregatesCache}).
     */
    @Bean
    public Cache stockItemCache(CacheManager aggregateCacheManager, JdbcTemplate jdbc,
                                @Value("${stockledger.cache.check-store-version:false}") boolean checkStore) {
        return new KeepUnchangedAggregatesCache(new EhCache3Adapter((Ehcache<Object, Object>)
                aggregateCacheManager.getCache("stockItems", Object.class, Object.class)),
                checkStore ? latestVersion(jdbc) : null);
    }

    /**
     * @return the latest sequence number stored for an aggregate: lets the caches of several instances see
     *         each other's changes ({@code stockledger.cache.check-store-version=true})
     */
    private static Function<Object, Long> latestVersion(JdbcTemplate jdbc) {
        return id -> jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", Long.class, id.toString());
    }

    /**
     * Alerts are resolved or acknowledged some time after they are raised: keep the unresolved ones at hand
     * (up to {@code stockledger.cache.alerts}, default 20,000), so that the alerts processor's resolve and a
     * person's acknowledgement read nothing from the event store.
     */
    @Bean
    public Cache alertCache(CacheManager aggregateCacheManager) {
        return new KeepUnchangedAggregatesCache(new EhCache3Adapter((Ehcache<Object, Object>)
                aggregateCacheManager.getCache("alerts", Object.class, Object.class)));
    }

    /** Reservations are usually shipped or released soon after they are placed: keep them at hand. */
    @Bean
    public Cache reservationCache(CacheManager aggregateCacheManager, JdbcTemplate jdbc,
                                  @Value("${stockledger.cache.check-store-version:false}") boolean checkStore) {
        return new KeepUnchangedAggregatesCache(new EhCache3Adapter((Ehcache<Object, Object>)
                aggregateCacheManager.getCache("reservations", Object.class, Object.class)),
                checkStore ? latestVersion(jdbc) : null);
    }

    /**
     * Every message carries {@code correlationId} (from the HTTP request's {@code X-Correlation-Id}, or
     * generated), {@code causationId} (the message that caused it) and {@code actor}.
     */
    @Bean
    public CorrelationDataProvider correlationProvider() {
        return new MessageOriginProvider("causationId", "correlationId");
    }

    /** Copies the caller's identity from each command to the events it causes. */
    @Bean
    public CorrelationDataProvider actorProvider() {
        return new SimpleCorrelationDataProvider("actor");
    }

    /**
     * Commands retried on transient failures only — a concurrent append to the same aggregate from another
     * instance (optimistic concurrency on the aggregate sequence) or a lost connection: up to 5 more times,
     * 20 ms apart. A refused command (a broken rule) is final and never retried.
     */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus) {
        ScheduledExecutorService retries = Executors.newScheduledThreadPool(1, r -> {
            Thread t = new Thread(r, "command-retry");
            t.setDaemon(true);
            return t;
        });
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(IntervalRetryScheduler.builder().retryExecutor(retries).maxRetryCount(5)
                        .retryInterval(20).nonTransientFailurePredicate(failure -> !isTransient(failure)).build())
                .build();
    }

    /**
     * @param failure a command's failure
     * @return whether retrying the command may succeed: a concurrency conflict, a lock that could not be had
     *         (a deadlock between aggregate locks, broken by Axon's lock factory), or a lost connection
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException
                    || t instanceof LockAcquisitionFailedException // a deadlock between aggregate locks, too
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    /** The reservation process: several stock items and the reservation in one unit of work. */
    @Bean
    public ReservationCommandHandler reservationCommandHandler(
            @Qualifier("stockItemRepository") Repository<StockItem> stockItems,
            @Qualifier("reservationRepository") Repository<Reservation> reservations) {
        return new ReservationCommandHandler(stockItems, reservations);
    }

    /** The transfer process: the transfer and the stock items at both ends in one unit of work. */
    @Bean
    public TransferCommandHandler transferCommandHandler(
            @Qualifier("stockItemRepository") Repository<StockItem> stockItems,
            @Qualifier("transferRepository") Repository<Transfer> transfers) {
        return new TransferCommandHandler(stockItems, transfers);
    }
}
