package io.stockledger.inventory.api.problem;

import org.springframework.http.HttpStatus;

import java.net.URI;

/**
 * The problem types of the HTTP contract ({@code type} = {@code /problems/<name>}, RFC 9457), each with
 * its status and title. Clients match on the type, so names never change.
 */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request"),
    UNKNOWN_WAREHOUSE("unknown-warehouse", HttpStatus.NOT_FOUND, "Unknown warehouse"),
    UNKNOWN_SKU("unknown-sku", HttpStatus.NOT_FOUND, "Unknown SKU"),
    UNKNOWN_RESERVATION("unknown-reservation", HttpStatus.NOT_FOUND, "Unknown reservation"),
    UNKNOWN_TRANSFER("unknown-transfer", HttpStatus.NOT_FOUND, "Unknown transfer"),
    DUPLICATE_WAREHOUSE("duplicate-warehouse", HttpStatus.CONFLICT, "Duplicate warehouse"),
    INACTIVE_WAREHOUSE("inactive-warehouse", HttpStatus.UNPROCESSABLE_ENTITY, "Inactive warehouse"),
    INSUFFICIENT_STOCK("insufficient-stock", HttpStatus.CONFLICT, "Insufficient stock"),
    ORDER_ALREADY_RESERVED("order-already-reserved", HttpStatus.CONFLICT, "Order already reserved"),
    RESERVATION_NOT_OPEN("reservation-not-open", HttpStatus.CONFLICT, "Reservation not open"),
    TRANSFER_NOT_OPEN("transfer-not-open", HttpStatus.CONFLICT, "Transfer not open"),
    IDEMPOTENCY_KEY_REUSE("idempotency-key-reuse", HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency key reused"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
    // Added by this service beyond the contract's list:
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    ALERT_NOT_OPEN("alert-not-open", HttpStatus.CONFLICT, "Alert not open"),
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Rate limited"),
    TOO_MANY_STREAMS("too-many-streams", HttpStatus.SERVICE_UNAVAILABLE, "Too many streams"),
    NOT_AVAILABLE("not-available", HttpStatus.NOT_IMPLEMENTED, "Not available in this deployment"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    TRY_AGAIN("try-again", HttpStatus.SERVICE_UNAVAILABLE, "Try again"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final URI type;
    private final HttpStatus status;
    private final String title;

    ProblemType(String name, HttpStatus status, String title) {
        this.type = URI.create("/problems/" + name);
        this.status = status;
        this.title = title;
    }

    /** @return {@code /problems/<name>} */
    public URI type() {
        return type;
    }

    /** @return the HTTP status */
    public HttpStatus status() {
        return status;
    }

    /** @return a short human title */
    public String title() {
        return title;
    }

    /**
     * @param status an HTTP status of a generic framework error
     * @return the matching problem type ({@link #INVALID_REQUEST} for other 4xx, {@link #INTERNAL_ERROR} for 5xx)
     */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> TRY_AGAIN;
            default -> status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
        };
    }
}
