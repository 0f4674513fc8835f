package io.stockledger.inventory.api.config;

import io.stockledger.inventory.api.security.ApiKeyAuthenticationFilter;
import io.stockledger.inventory.api.security.ApiKeyStore;
import io.stockledger.inventory.api.security.ProblemAuthenticationHandlers;
import io.stockledger.inventory.api.security.Role;
import io.stockledger.inventory.api.security.SecurityProperties;
import io.stockledger.inventory.api.security.WriteRateLimitFilter;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Every {@code /api/**} call is authenticated, by API key ({@code X-Api-Key}) or by OAuth2 JWT bearer token
 * (when {@code spring.security.oauth2.resourceserver.jwt.*} names an issuer, key set or public key; roles
 * from the claim {@code stockledger.security.jwt-roles-claim}), and authorized by role (see {@link Role}).
 * Health probes, the OpenAPI document and Swagger UI are open. Stateless: no session, no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfig {

    private static final String ADMIN = Role.ADMIN.name();
    private static final String ORDER_SERVICE = Role.ORDER_SERVICE.name();
    private static final String WAREHOUSE = Role.WAREHOUSE.name();
    private static final String AUDITOR = Role.AUDITOR.name();

    /** The filter chain: authentication, then the role rules, then the write rate limit. */
    @Bean
    public SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyStore keys, ProblemAuthenticationHandlers problems,
                                           SecurityProperties properties, ObjectProvider<JwtDecoder> jwtDecoder,
                                           @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new WriteRateLimitFilter(properties.writesPerSecond(), properties.writeBurst(),
                        resolver), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        // The request was authorized on its way in; an async dispatch (streamed answers) or an
                        // error dispatch carries no credentials of its own.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/api/v1/admin/**").hasRole(ADMIN)
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/stock/*/as-of", "/api/v1/stock/*/*/as-of")
                        .hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/**")
                        .hasAnyRole(ORDER_SERVICE, WAREHOUSE, AUDITOR, ADMIN)
                        .requestMatchers("/api/v1/reservations", "/api/v1/reservations/**")
                        .hasAnyRole(ORDER_SERVICE, ADMIN)
                        .requestMatchers("/api/v1/stock/**", "/api/v1/transfers", "/api/v1/transfers/**",
                                "/api/v1/imports/**", "/api/v1/alerts/*/acknowledge")
                        .hasAnyRole(WAREHOUSE, ADMIN)
                        .requestMatchers("/api/**").hasRole(ADMIN)
                        .anyRequest().permitAll());
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter(properties.jwtRolesClaim()))));
        }
        return http.build();
    }

    /**
     * @param rolesClaim the claim with the roles: a list, or a space- or comma-separated string
     * @return a converter naming the caller {@code jwt:<subject>} with authorities {@code ROLE_<role>}
     */
    static Converter<Jwt, AbstractAuthenticationToken> jwtConverter(String rolesClaim) {
        return jwt -> {
            Object claim = jwt.getClaims().get(rolesClaim);
            Collection<String> roles = claim instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                    : claim instanceof String text ? Arrays.asList(text.split("[ ,]+")) : List.of();
            List<GrantedAuthority> authorities = roles.stream()
                    .map(r -> r.trim().toUpperCase().replaceFirst("^ROLE_", ""))
                    .filter(r -> Arrays.stream(Role.values()).anyMatch(known -> known.name().equals(r)))
                    .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                    .toList();
            return new JwtAuthenticationToken(jwt, authorities, "jwt:" + jwt.getSubject());
        };
    }
}
