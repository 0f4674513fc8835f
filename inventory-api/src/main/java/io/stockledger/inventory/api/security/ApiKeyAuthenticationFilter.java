package io.stockledger.inventory.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates a request carrying {@code X-Api-Key}: a known key becomes the caller
 * {@code api-key:<name>} with its roles; an unknown or revoked key is answered 401 at once.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    /** The request header carrying the key. */
    public static final String HEADER = "X-Api-Key";

    private final ApiKeyStore keys;
    private final AuthenticationEntryPoint entryPoint;

    /**
     * @param keys       the accepted keys
     * @param entryPoint answers 401
     */
    public ApiKeyAuthenticationFilter(ApiKeyStore keys, AuthenticationEntryPoint entryPoint) {
        this.keys = keys;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKey> found = key.isBlank() || key.length() > 256 ? Optional.empty() : keys.find(key.trim());
        if (found.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new InsufficientAuthenticationException("unknown API key"));
            return;
        }
        ApiKey apiKey = found.get();
        var authorities = apiKey.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated("api-key:" + apiKey.name(), null,
                authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
