package io.stockledger.inventory.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.web.MockHttpServletResponse;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Refusals are counted by problem type name from the answers on their way out; 5xx and non-problems are not. */
class RefusalCounterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RefusalCounter counter = new RefusalCounter(registry, new ObjectMapper());

    private void write(Object body, MediaType type, int status) {
        MockHttpServletResponse servlet = new MockHttpServletResponse();
        servlet.setStatus(status);
        counter.beforeBodyWrite(body, null, type, null, null, new ServletServerHttpResponse(servlet));
    }

    private double count(String reason) {
        var found = registry.find(RefusalCounter.COUNTER).tag("reason", reason).counter();
        return found == null ? 0 : found.count();
    }

    @Test
    void givenProblemAnswersThenCountedByTypeName() {
        ProblemDetail insufficient = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        insufficient.setType(URI.create("/problems/insufficient-stock"));
        write(insufficient, MediaType.APPLICATION_PROBLEM_JSON, 409);
        write(insufficient, MediaType.APPLICATION_PROBLEM_JSON, 409);
        write("{\"type\":\"/problems/idempotency-key-reuse\",\"status\":422}", MediaType.APPLICATION_PROBLEM_JSON, 422);

        assertThat(count("insufficient-stock")).isEqualTo(2);
        assertThat(count("idempotency-key-reuse")).as("a problem stored as JSON text").isEqualTo(1);
    }

    @Test
    void givenFailuresAndOrdinaryAnswersThenNothingCounted() {
        ProblemDetail internal = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        internal.setType(URI.create("/problems/internal-error"));
        write(internal, MediaType.APPLICATION_PROBLEM_JSON, 500);
        write("{\"type\":\"/problems/insufficient-stock\",\"status\":409}", MediaType.APPLICATION_JSON, 201);
        write(new Object(), MediaType.APPLICATION_JSON, 200);

        assertThat(registry.find(RefusalCounter.COUNTER).counters()).isEmpty();
    }

    @Test
    void givenAProblemWithoutAContractTypeThenNamedByItsStatus() {
        assertThat(RefusalCounter.reason(405, "about:blank")).isEqualTo("method-not-allowed");
        assertThat(RefusalCounter.reason(400, null)).isEqualTo("invalid-request");
        assertThat(RefusalCounter.reason(503, "/problems/try-again")).isNull();
    }
}
