package io.stockledger.inventory.api.config;

import io.stockledger.inventory.query.alert.AlertProjection;
import io.stockledger.inventory.query.alert.AlertSequencingPolicy;
import io.stockledger.inventory.query.demand.DailyDemandProjection;
import io.stockledger.inventory.query.demand.DemandForecasts;
import io.stockledger.inventory.query.movement.MovementProjection;
import io.stockledger.inventory.query.report.MovementSummaryReport;
import io.stockledger.inventory.query.report.StockSummaryReport;
import io.stockledger.inventory.query.reservation.OpenOrderProjection;
import io.stockledger.inventory.query.reservation.ReservationProjection;
import io.stockledger.inventory.query.stock.StockLevelExport;
import io.stockledger.inventory.query.stock.StockLevelProjection;
import io.stockledger.inventory.query.transfer.TransferProjection;
import io.stockledger.inventory.query.valuation.ValuationProjection;
import io.stockledger.inventory.query.valuation.ValuationSequencingPolicy;
import io.stockledger.inventory.query.warehouse.WarehouseDirectory;
import io.stockledger.inventory.query.warehouse.WarehouseProjection;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;

/**
 * The read side's projections and query handlers, as beans (Axon finds their handlers). Processor modes
 * and sizes are in {@code application.yml}.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfig {

    /** The system clock, UTC, in microseconds (the precision PostgreSQL stores). */
    @Bean
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }

    /** Warehouses, cached for the hot path of stock changes. */
    @Bean
    public WarehouseDirectory warehouseDirectory(JdbcTemplate jdbc, Clock clock) {
        return new WarehouseDirectory(jdbc, clock);
    }

    /** Warehouse table (subscribing: same transaction as the events). */
    @Bean
    public WarehouseProjection warehouseProjection(JdbcTemplate jdbc, WarehouseDirectory directory) {
        return new WarehouseProjection(jdbc, directory);
    }

    /** Stock levels per stock item and per SKU. */
    @Bean
    public StockLevelProjection stockLevelProjection(JdbcTemplate jdbc) {
        return new StockLevelProjection(jdbc);
    }

    /** Movement history. */
    @Bean
    public MovementProjection movementProjection(JdbcTemplate jdbc) {
        return new MovementProjection(jdbc);
    }

    /** Open orders (subscribing: same transaction as the events). */
    @Bean
    public OpenOrderProjection openOrderProjection(JdbcTemplate jdbc) {
        return new OpenOrderProjection(jdbc);
    }

    /**
     * A failing event handler fails its unit of work, never is it logged and skipped (Axon's default):
     * <ul>
     *   <li>the subscribing projections run inside the command's transaction, so a failure there (an order
     *       opened twice at once) fails the command;</li>
     *   <li>a streaming projection's batch is rolled back and retried, with Axon's backoff, until it
     *       succeeds: a projection that cannot handle an event stops there and its lag grows (readiness and
     *       the lag gauges show it) instead of silently missing the event — and the alerts processor
     *       never commits its table without the alert events it records (ADR 0005).</li>
     * </ul>
     */
    @Bean
    public ConfigurerModule propagateProjectionErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /** Reservations. */
    @Bean
    public ReservationProjection reservationProjection(JdbcTemplate jdbc) {
        return new ReservationProjection(jdbc);
    }

    /** Transfers. */
    @Bean
    public TransferProjection transferProjection(JdbcTemplate jdbc) {
        return new TransferProjection(jdbc);
    }

    /** Units shipped and returned per stock item and day. */
    @Bean
    public DailyDemandProjection dailyDemandProjection(JdbcTemplate jdbc) {
        return new DailyDemandProjection(jdbc);
    }

    /** Demand forecasts with reorder suggestions. */
    @Bean
    public DemandForecasts demandForecasts(JdbcTemplate jdbc, Clock clock) {
        return new DemandForecasts(jdbc, clock);
    }

    /** Low-stock, out-of-stock and overstock alerts; records their transitions as events of the alerts. */
    @Bean
    public AlertProjection alertProjection(JdbcTemplate jdbc, CommandBus commandBus) {
        return new AlertProjection(jdbc, commandBus);
    }

    /** Sequencing of the {@code alerts} processor: acknowledgements in their stock item's sequence. */
    @Bean
    public AlertSequencingPolicy alertSequencingPolicy() {
        return new AlertSequencingPolicy();
    }

    /** Weighted average cost per stock item. */
    @Bean
    public ValuationProjection valuationProjection(JdbcTemplate jdbc) {
        return new ValuationProjection(jdbc);
    }

    /** Sequencing of the {@code valuation} processor: one sequence per SKU (transfers take the source's cost). */
    @Bean
    public ValuationSequencingPolicy valuationSequencingPolicy() {
        return new ValuationSequencingPolicy();
    }

    /** The stock summary report (stock levels, valuation and alerts). */
    @Bean
    public StockSummaryReport stockSummaryReport(JdbcTemplate jdbc) {
        return new StockSummaryReport(jdbc);
    }

    /** The movement report by type. */
    @Bean
    public MovementSummaryReport movementSummaryReport(JdbcTemplate jdbc) {
        return new MovementSummaryReport(jdbc);
    }

    /** Stock levels read with a cursor, for the CSV export. */
    @Bean
    public StockLevelExport stockLevelExport(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        return new StockLevelExport(jdbc, transactionManager);
    }
}
