package io.stockledger.inventory.api.observability;

import io.stockledger.inventory.api.problem.ProblemType;
import io.stockledger.inventory.command.common.InsufficientStockException;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.stockledger.inventory.command.reservation.ReservationNotOpenException;
import io.stockledger.inventory.command.reservation.UnknownReservationException;
import io.stockledger.inventory.command.transfer.TransferNotOpenException;
import io.stockledger.inventory.command.transfer.UnknownTransferException;
import io.stockledger.inventory.command.warehouse.DuplicateWarehouseException;
import io.stockledger.inventory.command.warehouse.InactiveWarehouseException;
import io.stockledger.inventory.command.warehouse.UnknownWarehouseException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code outcome} tag of a handled command: {@code success}, or the name of the problem type its
 * failure is answered with (the same as {@code ProblemHandler}'s), e.g. {@code insufficient-stock};
 * {@code error} for a failure that is no refusal.
 */
public final class CommandOutcome {

    /** A command that was handled. */
    public static final String SUCCESS = "success";
    /** A failure that is not a refusal of the domain (a bug, a lost database). */
    public static final String ERROR = "error";

    /** Refusals by exception, most specific first (a creation conflict is a kind of concurrency failure). */
    private static final Map<Class<? extends Throwable>, ProblemType> REFUSALS = new LinkedHashMap<>();

    static {
        REFUSALS.put(InvalidValueException.class, ProblemType.INVALID_REQUEST);
        REFUSALS.put(ArithmeticException.class, ProblemType.INVALID_REQUEST);
        REFUSALS.put(InsufficientStockException.class, ProblemType.INSUFFICIENT_STOCK);
        REFUSALS.put(UnknownWarehouseException.class, ProblemType.UNKNOWN_WAREHOUSE);
        REFUSALS.put(DuplicateWarehouseException.class, ProblemType.DUPLICATE_WAREHOUSE);
        REFUSALS.put(AggregateStreamCreationException.class, ProblemType.DUPLICATE_WAREHOUSE);
        REFUSALS.put(InactiveWarehouseException.class, ProblemType.INACTIVE_WAREHOUSE);
        REFUSALS.put(UnknownReservationException.class, ProblemType.UNKNOWN_RESERVATION);
        REFUSALS.put(ReservationNotOpenException.class, ProblemType.RESERVATION_NOT_OPEN);
        REFUSALS.put(UnknownTransferException.class, ProblemType.UNKNOWN_TRANSFER);
        REFUSALS.put(TransferNotOpenException.class, ProblemType.TRANSFER_NOT_OPEN);
        REFUSALS.put(ConcurrencyException.class, ProblemType.TRY_AGAIN);
    }

    private CommandOutcome() {
    }

    /**
     * @param failure a command's failure, possibly wrapped in a {@link CommandExecutionException}
     * @return the problem type name it is answered with, or {@value #ERROR}
     */
    public static String of(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CommandExecutionException && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        for (Map.Entry<Class<? extends Throwable>, ProblemType> refusal : REFUSALS.entrySet()) {
            if (refusal.getKey().isInstance(t)) {
                return name(refusal.getValue());
            }
        }
        return ERROR;
    }

    /**
     * @param type a problem type
     * @return its name, the last part of {@code /problems/<name>}
     */
    public static String name(ProblemType type) {
        String path = type.type().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
