package io.stockledger.inventory.api.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * Answers {@link NotAvailableException} with 501 {@code application/problem+json}, type
 * {@code /problems/not-available}, and the reason as {@code detail}. Ahead of {@link ProblemHandler}, which
 * would answer any other 5xx as an internal error without its detail.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class NotAvailableProblemHandler {

    /** The problem type. */
    public static final URI TYPE = URI.create("/problems/not-available");

    @ExceptionHandler(NotAvailableException.class)
    public ResponseEntity<ProblemDetail> notAvailable(NotAvailableException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_IMPLEMENTED, e.getMessage());
        p.setType(TYPE);
        p.setTitle("Not available in this deployment");
        return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
