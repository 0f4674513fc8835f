package io.stockledger.inventory.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.stockledger.inventory.api.alert.UnknownAlertException;
import io.stockledger.inventory.api.reservation.IdempotencyKeyReuseException;
import io.stockledger.inventory.api.reservation.OrderAlreadyReservedException;
import io.stockledger.inventory.api.security.ForbiddenException;
import io.stockledger.inventory.api.security.RateLimitedException;
import io.stockledger.inventory.api.security.UnauthorizedException;
import io.stockledger.inventory.command.alert.AlertNotOpenException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}) with a contract type:
 * refused commands by their exception, framework errors (malformed JSON, wrong method, unknown path, …)
 * by their status. Nothing answers with a stack trace; unexpected failures are logged and answered 500
 * {@code /problems/internal-error}.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** A field's value breaks its rule: 400 with {@code errors:[{field, message}]}. */
    @ExceptionHandler(InvalidValueException.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidValueException e) {
        ProblemDetail p = problem(ProblemType.INVALID_REQUEST, e.getMessage());
        p.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return answer(p);
    }

    /** Would oversell or go below zero: 409 with {@code shortages}. */
    @ExceptionHandler(InsufficientStockException.class)
    public ResponseEntity<ProblemDetail> insufficient(InsufficientStockException e) {
        ProblemDetail p = problem(ProblemType.INSUFFICIENT_STOCK, e.getMessage());
        p.setProperty("shortages", e.shortages().stream().map(s -> {
            Map<String, Object> shortage = new LinkedHashMap<>();
            shortage.put("sku", s.sku());
            if (s.warehouse() != null) {
                shortage.put("warehouse", s.warehouse());
            }
            shortage.put("requested", s.requested());
            shortage.put("available", s.available());
            return shortage;
        }).collect(Collectors.toList()));
        return answer(p);
    }

    @ExceptionHandler(UnknownWarehouseException.class)
    public ResponseEntity<ProblemDetail> unknownWarehouse(UnknownWarehouseException e) {
        return answer(problem(ProblemType.UNKNOWN_WAREHOUSE, e.getMessage()));
    }

    @ExceptionHandler(UnknownSkuException.class)
    public ResponseEntity<ProblemDetail> unknownSku(UnknownSkuException e) {
        return answer(problem(ProblemType.UNKNOWN_SKU, e.getMessage()));
    }

    @ExceptionHandler({DuplicateWarehouseException.class, AggregateStreamCreationException.class})
    public ResponseEntity<ProblemDetail> duplicateWarehouse(RuntimeException e) {
        return answer(problem(ProblemType.DUPLICATE_WAREHOUSE, e instanceof DuplicateWarehouseException
                ? e.getMessage() : "a warehouse with this code exists already"));
    }

    @ExceptionHandler(InactiveWarehouseException.class)
    public ResponseEntity<ProblemDetail> inactiveWarehouse(InactiveWarehouseException e) {
        return answer(problem(ProblemType.INACTIVE_WAREHOUSE, e.getMessage()));
    }

    @ExceptionHandler(OrderAlreadyReservedException.class)
    public ResponseEntity<ProblemDetail> orderAlreadyReserved(OrderAlreadyReservedException e) {
        return answer(problem(ProblemType.ORDER_ALREADY_RESERVED, e.getMessage()));
    }

    @ExceptionHandler(IdempotencyKeyReuseException.class)
    public ResponseEntity<ProblemDetail> idempotencyKeyReuse(IdempotencyKeyReuseException e) {
        return answer(problem(ProblemType.IDEMPOTENCY_KEY_REUSE, e.getMessage()));
    }

    @ExceptionHandler(UnknownReservationException.class)
    public ResponseEntity<ProblemDetail> unknownReservation(UnknownReservationException e) {
        return answer(problem(ProblemType.UNKNOWN_RESERVATION, e.getMessage()));
    }

    @ExceptionHandler(ReservationNotOpenException.class)
    public ResponseEntity<ProblemDetail> reservationNotOpen(ReservationNotOpenException e) {
        return answer(problem(ProblemType.RESERVATION_NOT_OPEN, e.getMessage()));
    }

    @ExceptionHandler(UnknownTransferException.class)
    public ResponseEntity<ProblemDetail> unknownTransfer(UnknownTransferException e) {
        return answer(problem(ProblemType.UNKNOWN_TRANSFER, e.getMessage()));
    }

    @ExceptionHandler(TransferNotOpenException.class)
    public ResponseEntity<ProblemDetail> transferNotOpen(TransferNotOpenException e) {
        return answer(problem(ProblemType.TRANSFER_NOT_OPEN, e.getMessage()));
    }

    /** No alert with this id: 404 {@code /problems/not-found}. */
    @ExceptionHandler(UnknownAlertException.class)
    public ResponseEntity<ProblemDetail> unknownAlert(UnknownAlertException e) {
        return answer(problem(ProblemType.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(AlertNotOpenException.class)
    public ResponseEntity<ProblemDetail> alertNotOpen(AlertNotOpenException e) {
        return answer(problem(ProblemType.ALERT_NOT_OPEN, e.getMessage()));
    }

    /** Missing or bad credentials: 401 with {@code WWW-Authenticate} naming both ways in. */
    @ExceptionHandler(UnauthorizedException.class)
    public ResponseEntity<ProblemDetail> unauthorized(UnauthorizedException e) {
        ProblemDetail p = problem(ProblemType.UNAUTHORIZED, e.getMessage());
        return ResponseEntity.status(p.getStatus())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer, ApiKey header=\"X-Api-Key\"").body(p);
    }

    @ExceptionHandler(ForbiddenException.class)
    public ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return answer(problem(ProblemType.FORBIDDEN, e.getMessage()));
    }

    /** Too many writes: 429 with {@code Retry-After} in seconds. */
    @ExceptionHandler(RateLimitedException.class)
    public ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        ProblemDetail p = problem(ProblemType.RATE_LIMITED, e.getMessage());
        return ResponseEntity.status(p.getStatus())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(p);
    }

    /** A call this deployment cannot serve (Axon Server instead of the PostgreSQL event store): 501 with the reason. */
    @ExceptionHandler(NotAvailableException.class)
    public ResponseEntity<ProblemDetail> notAvailable(NotAvailableException e) {
        return answer(problem(ProblemType.NOT_AVAILABLE, e.getMessage()));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    public ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return answer(problem(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage()));
    }

    /** A quantity sum beyond what a long holds. */
    @ExceptionHandler(ArithmeticException.class)
    public ResponseEntity<ProblemDetail> overflow(ArithmeticException e) {
        return answer(problem(ProblemType.INVALID_REQUEST, "quantities out of range"));
    }

    /** Conflicting writes from several instances that outlasted the retries: the caller may retry. */
    @ExceptionHandler(ConcurrencyException.class)
    public ResponseEntity<ProblemDetail> concurrency(ConcurrencyException e) {
        ProblemDetail p = problem(ProblemType.TRY_AGAIN, "the stock item is busy; retry the request");
        return ResponseEntity.status(p.getStatus()).header(HttpHeaders.RETRY_AFTER, "1").body(p);
    }

    /** A remote handler's failure: answer for its cause. */
    @ExceptionHandler(CommandExecutionException.class)
    public ResponseEntity<?> commandFailed(CommandExecutionException e) {
        if (e.getCause() instanceof Exception cause && cause != e) {
            return dispatch(cause);
        }
        return unexpected(e);
    }

    /** A query parameter of the wrong type. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        String message = e.getName() + " has an invalid value";
        ProblemDetail p = problem(ProblemType.INVALID_REQUEST, message);
        p.setProperty("errors", List.of(Map.of("field", e.getName(), "message", message)));
        return answer(p);
    }

    /** Anything else: logged, answered 500 without details. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return answer(problem(ProblemType.INTERNAL_ERROR, "an unexpected error occurred; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return ResponseEntity.status(413).body(problem(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
            }
        }
        ProblemDetail p = problem(ProblemType.INVALID_REQUEST, "the request body is not valid JSON for this call");
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = mapping instanceof UnrecognizedPropertyException
                    ? "unknown field " + field : field + " has a missing or wrongly typed value";
            p.setDetail(message);
            p.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return ResponseEntity.status(400).body(p);
    }

    /** Framework errors keep their status and get the matching contract type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemType type = ProblemType.forStatus(status.value());
        ProblemDetail p = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(status);
        p.setType(type.type());
        p.setTitle(type.title());
        if (status.is5xxServerError()) {
            log.error("framework failure", e);
            p.setDetail("an unexpected error occurred; it has been logged");
        }
        return super.handleExceptionInternal(e, p, headers, status, request);
    }

    private ResponseEntity<?> dispatch(Exception cause) {
        if (cause instanceof InvalidValueException c) return invalid(c);
        if (cause instanceof InsufficientStockException c) return insufficient(c);
        if (cause instanceof UnknownWarehouseException c) return unknownWarehouse(c);
        if (cause instanceof UnknownReservationException c) return unknownReservation(c);
        if (cause instanceof ReservationNotOpenException c) return reservationNotOpen(c);
        if (cause instanceof InactiveWarehouseException c) return inactiveWarehouse(c);
        if (cause instanceof UnknownTransferException c) return unknownTransfer(c);
        if (cause instanceof TransferNotOpenException c) return transferNotOpen(c);
        if (cause instanceof ConcurrencyException c) return concurrency(c);
        return unexpected(cause);
    }

    static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(type.status(), detail);
        p.setType(type.type());
        p.setTitle(type.title());
        return p;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).body(p);
    }
}
