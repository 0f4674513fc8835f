package io.stockledger.inventory.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Counts every refusal answered: the counter {@value #COUNTER} (Prometheus {@code stockledger_refusals_total}),
 * tagged {@code reason} = the problem type's name ({@code insufficient-stock}, {@code transfer-not-open}, …).
 * It looks at each answer body on its way out, next to {@link ProblemHandler}: every 4xx problem, whichever
 * handler made it, and also the problem an {@code Idempotency-Key} repeats (stored as JSON text) — so it
 * counts answers, not distinct refusals. 5xx answers are failures, not refusals, and are not counted here.
 */
@RestControllerAdvice
public class RefusalCounter implements ResponseBodyAdvice<Object> {

    /** The counter's name. */
    public static final String COUNTER = "stockledger.refusals";

    private final MeterProvider<Counter> counters;
    private final ObjectMapper json;

    /**
     * @param registry where the counter is registered
     * @param json     reads problems stored as JSON text
     */
    public RefusalCounter(MeterRegistry registry, ObjectMapper json) {
        this.counters = Counter.builder(COUNTER).description("Requests refused (4xx problem answers), by problem type")
                .withRegistry(registry);
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        String reason = null;
        if (body instanceof ProblemDetail problem) {
            reason = reason(problem.getStatus(), problem.getType() == null ? null : problem.getType().toString());
        } else if (body instanceof String text && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(contentType)) {
            reason = reason(text, response);
        }
        if (reason != null) {
            counters.withTags("reason", reason).increment();
        }
        return body;
    }

    private String reason(String text, ServerHttpResponse response) {
        try {
            JsonNode problem = json.readTree(text);
            int status = problem.path("status").asInt(response instanceof ServletServerHttpResponse servlet
                    ? servlet.getServletResponse().getStatus() : 0);
            return reason(status, problem.path("type").asText(null));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * @param status the answer's HTTP status
     * @param type   the problem's {@code type}, e.g. {@code /problems/insufficient-stock}, or {@code null}
     * @return the problem type's name, or {@code null} when the answer is not a 4xx
     */
    static String reason(int status, String type) {
        if (status < 400 || status >= 500) {
            return null;
        }
        if (type != null && type.startsWith("/problems/")) {
            return type.substring("/problems/".length());
        }
        String generic = ProblemType.forStatus(status).type().getPath();
        return generic.substring(generic.lastIndexOf('/') + 1);
    }
}
