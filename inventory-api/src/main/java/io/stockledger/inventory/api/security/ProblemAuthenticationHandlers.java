package io.stockledger.inventory.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers authentication and authorization failures as problem details, like every other error:
 * 401 {@code /problems/unauthorized} (with {@code WWW-Authenticate}) and 403 {@code /problems/forbidden}.
 */
@Component
public class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final HandlerExceptionResolver resolver;

    /** @param resolver renders the problem answer (the service's problem handler) */
    public ProblemAuthenticationHandlers(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        String detail = request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null ? "the API key is not valid"
                : request.getHeader("Authorization") != null ? "the bearer token is not valid: " + e.getMessage()
                : "authentication required: send X-Api-Key or Authorization: Bearer <JWT>";
        resolver.resolveException(request, response, null, new UnauthorizedException(detail));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) {
        resolver.resolveException(request, response, null, new ForbiddenException("the caller's roles do not allow "
                + request.getMethod() + " " + request.getRequestURI()));
    }
}
