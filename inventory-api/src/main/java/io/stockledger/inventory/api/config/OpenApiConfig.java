package io.stockledger.inventory.api.config;

import io.stockledger.inventory.api.problem.ProblemType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The OpenAPI 3 document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): title, version,
 * the two ways in (header {@code X-Api-Key}, or a bearer JWT; either one satisfies every call) and the
 * RFC 9457 problem schema with every problem type of {@link ProblemType}. Operations and their fields come
 * from the controllers; {@link ProblemResponsesCustomizer} adds their problem answers.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    /** Security scheme: the API key header. */
    public static final String API_KEY = "apiKey";
    /** Security scheme: an OAuth2 / JWT bearer token. */
    public static final String BEARER = "bearerJwt";
    /** Schema of every problem answer. */
    public static final String PROBLEM = "Problem";

    /** @return the document's frame; springdoc adds the paths and the schemas of the controllers */
    @Bean
    public OpenAPI stockledgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Stockledger HTTP API").version("v1")
                        .description("""
                                Event-sourced inventory: warehouses, stock changes, reads, reservations for \
                                order services, transfers, alerts, forecasts, reports and the audit trail. \
                                JSON everywhere, errors as `application/problem+json` (schema `Problem`), \
                                times ISO-8601 UTC. Reads come from projections and may lag by a moment; \
                                answers of changes are current. Authenticate with the header `X-Api-Key` or \
                                `Authorization: Bearer <JWT>`.""")
                        .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("An API key; its roles are configured with the key"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("An OAuth2 access token (JWT); roles from its claim"))
                        .addSchemas(PROBLEM, problemSchema())
                        .addSchemas("ProblemFieldError", new ObjectSchema()
                                .description("A field of the request that breaks its rule")
                                .addProperty("field", new StringSchema().example("lines[0].quantity"))
                                .addProperty("message", new StringSchema()))
                        .addSchemas("ProblemShortage", new ObjectSchema()
                                .description("A line that cannot be held: units asked for and available")
                                .addProperty("sku", new StringSchema())
                                .addProperty("warehouse", new StringSchema()
                                        .description("absent for a line that named no warehouse"))
                                .addProperty("requested", new IntegerSchema().format("int64"))
                                .addProperty("available", new IntegerSchema().format("int64"))))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** @return names operations by controller and method, e.g. {@code reservationPlace}, for generated clients */
    @Bean
    public OperationCustomizer operationIds() {
        return (operation, handler) -> operation.operationId(operationId(handler));
    }

    /**
     * @param handler a controller method
     * @return the controller's name without {@code Controller}, lower camel case, then the method's name
     */
    static String operationId(HandlerMethod handler) {
        String type = handler.getBeanType().getSimpleName().replace("Controller", "");
        String method = handler.getMethod().getName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    /** @return RFC 9457 problem details with the service's extensions {@code errors} and {@code shortages} */
    static Schema<?> problemSchema() {
        String table = Arrays.stream(ProblemType.values())
                .map(t -> "| `" + t.type() + "` | " + t.status().value() + " | " + t.title() + " |")
                .collect(Collectors.joining("\n"));
        return new ObjectSchema()
                .description("A refused or failed call (RFC 9457). Clients match on `type`:\n\n"
                        + "| type | status | title |\n|---|---|---|\n" + table)
                .addProperty("type", new StringSchema().format("uri-reference")
                        ._enum(Arrays.stream(ProblemType.values()).map(t -> t.type().toString()).toList())
                        .description("`/problems/<name>`"))
                .addProperty("title", new StringSchema().description("short, the same for every problem of a type"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what went wrong in this call"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("the request path"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/ProblemFieldError"))
                        .description("invalid-request: the offending fields"))
                .addProperty("shortages", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/ProblemShortage"))
                        .description("insufficient-stock: the lines that cannot be held"))
                .required(List.of("type", "title", "status"));
    }
}
