package io.stockledger.inventory.api.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits each caller's writes (POST, PUT, PATCH, DELETE under {@code /api/}) with a token bucket (Bucket4j):
 * {@code writesPerSecond} sustained, up to {@code writeBurst} at once. Over the limit: 429
 * {@code /problems/rate-limited} with {@code Retry-After}, and nothing is changed. Per instance: with
 * several instances a caller's total rate is up to the limit times the instances.
 */
public class WriteRateLimitFilter extends OncePerRequestFilter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long perSecond;
    private final long burst;
    private final HandlerExceptionResolver resolver;

    /**
     * @param perSecond sustained writes per caller and second, ≥ 1
     * @param burst     bucket capacity, ≥ 1
     * @param resolver  renders the problem answer
     */
    public WriteRateLimitFilter(long perSecond, long burst, HandlerExceptionResolver resolver) {
        this.perSecond = Math.max(1, perSecond);
        this.burst = Math.max(1, burst);
        this.resolver = resolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !request.getRequestURI().startsWith("/api/") || method.equals("GET") || method.equals("HEAD")
                || method.equals("OPTIONS");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(caller.getName(), name -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            resolver.resolveException(request, response, null, new RateLimitedException(caller.getName()
                    + " made more than " + perSecond + " writes per second", seconds));
            return;
        }
        chain.doFilter(request, response);
    }
}
