package io.stockledger.inventory.api.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-caller write limit: a burst, then refusals with a retry time; reads and other callers untouched. */
class WriteRateLimitFilterTest {

    private final List<Exception> refusals = new ArrayList<>();
    private final WriteRateLimitFilter filter = new WriteRateLimitFilter(1, 3, (request, response, handler, e) -> {
        refusals.add(e);
        return new ModelAndView();
    });

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCallerGetsItsBurstThenIsRefusedWithARetryTime() throws Exception {
        as("api-key:erp");
        int passed = 0;
        for (int i = 0; i < 5; i++) {
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(request("POST", "/api/v1/stock/receipts"), new MockHttpServletResponse(), chain);
            if (chain.getRequest() != null) {
                passed++;
            }
        }
        assertThat(passed).isEqualTo(3);
        assertThat(refusals).hasSize(2);
        assertThat(refusals.get(0)).isInstanceOf(RateLimitedException.class);
        assertThat(((RateLimitedException) refusals.get(0)).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void readsAndOtherCallersAreNotCounted() throws Exception {
        as("api-key:erp");
        for (int i = 0; i < 10; i++) {
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(request("GET", "/api/v1/stock/A"), new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).isNotNull();
        }
        for (int i = 0; i < 3; i++) {
            filter.doFilter(request("POST", "/api/v1/reservations"), new MockHttpServletResponse(), new MockFilterChain());
        }
        as("api-key:shop");
        MockFilterChain other = new MockFilterChain();
        filter.doFilter(request("POST", "/api/v1/reservations"), new MockHttpServletResponse(), other);
        assertThat(other.getRequest()).isNotNull();
        assertThat(refusals).isEmpty();
    }

    private static MockHttpServletRequest request(String method, String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setRequestURI(uri);
        return request;
    }

    private static void as(String name) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name,
                null, List.of(new SimpleGrantedAuthority("ROLE_WAREHOUSE"))));
    }
}
