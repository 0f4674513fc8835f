package io.stockledger.inventory.api.observability;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.Shortage;
import io.stockledger.inventory.command.reservation.ReservationNotOpenException;
import io.stockledger.inventory.command.reservation.ReservationStatus;
import io.stockledger.inventory.command.transfer.TransferNotOpenException;
import io.stockledger.inventory.command.transfer.TransferStatus;
import io.stockledger.inventory.command.warehouse.InactiveWarehouseException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The command timer's tags: the command's simple class name and the outcome as the problem type's name. */
class CommandMetricsTest {

    /** A command payload for the test. */
    record PlaceSomething(String id) {
    }

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CommandMetrics metrics = new CommandMetrics(registry);

    @Test
    void givenHandledAndRefusedCommandsWhenReportedThenTimedByCommandAndOutcome() throws InterruptedException {
        var first = metrics.onMessageIngested(GenericCommandMessage.asCommandMessage(new PlaceSomething("a")));
        Thread.sleep(5);
        first.reportSuccess();
        metrics.onMessageIngested(GenericCommandMessage.asCommandMessage(new PlaceSomething("b")))
                .reportFailure(new InsufficientStockException("short", List.of(new Shortage("S", "W", 5, 2))));
        metrics.onMessageIngested(GenericCommandMessage.asCommandMessage(new PlaceSomething("c")))
                .reportFailure(new IllegalStateException("boom"));

        Timer success = registry.get(CommandMetrics.TIMER).tags("command", "PlaceSomething", "outcome", "success").timer();
        assertThat(success.count()).isEqualTo(1);
        assertThat(success.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(5);
        assertThat(registry.get(CommandMetrics.TIMER).tags("command", "PlaceSomething", "outcome", "insufficient-stock")
                .timer().count()).isEqualTo(1);
        assertThat(registry.get(CommandMetrics.TIMER).tags("outcome", "error").timer().count()).isEqualTo(1);
        assertThat(registry.get(CommandMetrics.TIMER).timers()).hasSize(3);
    }

    @Test
    void givenRefusalsWhenNamedThenTheProblemTypesOfTheContract() {
        assertThat(CommandOutcome.of(new ReservationNotOpenException("R-1", ReservationStatus.SHIPPED)))
                .isEqualTo("reservation-not-open");
        assertThat(CommandOutcome.of(new TransferNotOpenException("T-1", TransferStatus.COMPLETED, "dispatch")))
                .isEqualTo("transfer-not-open");
        assertThat(CommandOutcome.of(new InactiveWarehouseException("DC-1"))).isEqualTo("inactive-warehouse");
        assertThat(CommandOutcome.of(new ConcurrencyException("conflict"))).isEqualTo("try-again");
        assertThat(CommandOutcome.of(new AggregateStreamCreationException("exists"))).isEqualTo("duplicate-warehouse");
        assertThat(CommandOutcome.of(new CommandExecutionException("remote", new InactiveWarehouseException("DC-1"))))
                .as("a remote handler's failure is named by its cause").isEqualTo("inactive-warehouse");
        assertThat(CommandOutcome.of(new RuntimeException("bug"))).isEqualTo(CommandOutcome.ERROR);
    }
}
