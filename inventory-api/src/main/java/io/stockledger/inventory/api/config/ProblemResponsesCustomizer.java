package io.stockledger.inventory.api.config;

import io.stockledger.inventory.api.problem.ProblemResponses;
import io.stockledger.inventory.api.problem.ProblemType;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Adds each operation's {@code application/problem+json} answers to the OpenAPI document, one response per
 * status, its description naming the problem types and one example per type. Every operation may answer
 * {@code unauthorized} (401) and {@code forbidden} (403); one with parameters or a body
 * {@code invalid-request} (400); one with a body {@code payload-too-large} (413); a write ({@code POST},
 * {@code PUT}) {@code try-again} (503, a write conflict that outlasted the retries); plus the types the
 * handler method declares with {@link ProblemResponses}.
 */
@Component
public class ProblemResponsesCustomizer implements OperationCustomizer {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<ProblemType> types = EnumSet.of(ProblemType.UNAUTHORIZED, ProblemType.FORBIDDEN);
        boolean body = operation.getRequestBody() != null;
        if (body || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
            types.add(ProblemType.INVALID_REQUEST);
        }
        if (body) {
            types.add(ProblemType.PAYLOAD_TOO_LARGE);
        }
        if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PostMapping.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PutMapping.class)) {
            types.add(ProblemType.TRY_AGAIN);
        }
        ProblemResponses declared = handler.getMethodAnnotation(ProblemResponses.class);
        if (declared != null) {
            types.addAll(List.of(declared.value()));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        Map<Integer, List<ProblemType>> byStatus = types.stream().collect(Collectors.groupingBy(
                t -> t.status().value(), TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, ofStatus) -> addResponse(operation.getResponses(), status, ofStatus));
        return operation;
    }

    private static void addResponse(ApiResponses responses, int status, List<ProblemType> types) {
        String code = Integer.toString(status);
        ApiResponse response = responses.computeIfAbsent(code, c -> new ApiResponse());
        String listed = types.stream().map(t -> "`" + t.type() + "` (" + t.title() + ")")
                .collect(Collectors.joining(", "));
        response.setDescription(response.getDescription() == null || response.getDescription().isBlank()
                ? listed : response.getDescription() + "; " + listed);
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + OpenApiConfig.PROBLEM));
        for (ProblemType type : types) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", type.type().toString());
            example.put("title", type.title());
            example.put("status", status);
            media.addExamples(type.type().getPath().substring("/problems/".length()),
                    new Example().summary(type.title()).value(example));
        }
        if (response.getContent() == null) {
            response.setContent(new Content());
        }
        response.getContent().addMediaType(PROBLEM_JSON, media);
    }
}
