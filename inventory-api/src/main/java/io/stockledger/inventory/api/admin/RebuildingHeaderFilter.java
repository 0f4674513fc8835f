package io.stockledger.inventory.api.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * While a projection is being rebuilt, every API answer carries {@code X-Projection-Rebuilding: <names>}:
 * reads from those projections may be incomplete until the rebuild has caught up.
 */
@Component
public class RebuildingHeaderFilter extends OncePerRequestFilter {

    /** The header's name. */
    public static final String HEADER = "X-Projection-Rebuilding";

    private final Projections projections;

    RebuildingHeaderFilter(Projections projections) {
        this.projections = projections;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> rebuilding = projections.rebuilding();
        if (!rebuilding.isEmpty()) {
            response.setHeader(HEADER, String.join(",", rebuilding));
        }
        chain.doFilter(request, response);
    }
}
