package io.stockledger.inventory.api.csv;

/**
 * What is wrong with one value of an uploaded line.
 *
 * @param field   the column
 * @param message for a human reader
 */
public record FieldError(String field, String message) {
}
