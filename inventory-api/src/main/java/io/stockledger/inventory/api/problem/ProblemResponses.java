package io.stockledger.inventory.api.problem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem types a call answers beyond the ones every call may answer (see
 * {@code ProblemResponsesCustomizer}): documentation only, turned into {@code application/problem+json}
 * responses of the OpenAPI document, grouped by status.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemResponses {

    /** @return the problem types this call may answer */
    ProblemType[] value();
}
