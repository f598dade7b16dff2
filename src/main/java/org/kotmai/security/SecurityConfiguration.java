package org.kotmai.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. The catalog, search, templates and published reviews stay public; uploading and importing
 * laws needs an officer or admin; {@code /api/admin/**} (search dictionary, evaluation) needs an admin; every
 * other write needs a signed-in user, and the review workflow checks the role for each action itself. The API is
 * stateless for its clients (HTTP Basic, no session, so no CSRF token); the web pages sign in with a form and a
 * session instead (see {@link #pageSecurity}). An OIDC resource server can replace HTTP Basic later as
 * long as it grants the {@link Role#authority()} strings. Operations needing a user name the OpenAPI security
 * scheme {@code basic} declared here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * Search and suggestions: public reads that never depend on who asks, sent on every keystroke and page, so
     * their chain keeps only what they need: the security headers and HTTP Basic (a client sending wrong
     * credentials is still told so). No session is read or created, no request is saved, and there is no CSRF
     * token: neither call changes anything, so a forged one gains nothing. The filters this leaves out took a
     * few per cent of the application's CPU per search.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicSearchSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.securityMatcher("/api/search", "/api/suggest")
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/templates/problems").hasRole(Role.ADMIN.name())
                        // audit events name the people who worked on a review
                        .requestMatchers(HttpMethod.GET, "/api/reviews/*/audit").authenticated()
                        // campaign inventories and dashboards are internal until a campaign's summary is published
                        .requestMatchers(HttpMethod.GET, "/api/campaigns", "/api/campaigns/*/summary",
                                "/api/campaigns/*/summary.csv").permitAll()
                        .requestMatchers("/api/campaigns/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        // open data: stable ELI URIs, bulk export and the feed are for anyone
                        .requestMatchers(HttpMethod.GET, "/eli/**", "/api/export/**", "/api/feed.atom").permitAll()
                        // the public comments on open consultations; the service limits the rate per client
                        .requestMatchers(HttpMethod.POST, "/api/reviews/*/consultation/comments").permitAll()
                        .requestMatchers("/api/laws/**", "/api/imports/**")
                        .hasAnyRole(Role.OFFICER.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                // API clients stay stateless; the web pages' own scripts call the API with the session of the
                // signed-in page, which is read but never created here.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), readOnlySessionContext())))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                // A call riding on a browser session could be forged by another site, so it needs the page's CSRF
                // token; calls with their own credentials (or none) cannot, and need none.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::usesBrowserSession));
        return http.build();
    }

    /**
     * The Thymeleaf pages: form login with a session, CSRF tokens on every form. Pages check finer rights (whose
     * review, which transition) through the same services the API uses.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/error", "/login", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/officer/**").hasAnyRole(Role.OFFICER.name(), Role.ADMIN.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/moderation/**").hasAnyRole(Role.COMMITTEE.name(), Role.ADMIN.name())
                        .requestMatchers("/my/**", "/reviews/new", "/reviews/*/steps/**", "/campaigns/**")
                        .authenticated()
                        // the public comments on open consultations; the service limits the rate per client
                        .requestMatchers(HttpMethod.POST, "/reviews/*/comments").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll());
        return http.build();
    }

    private static HttpSessionSecurityContextRepository readOnlySessionContext() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setAllowSessionCreation(false);
        return repository;
    }

    private static boolean usesBrowserSession(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
                || "TRACE".equals(method);
        // the API never creates a session, so one exists only when a signed-in page makes the call
        return !safe && request.getHeader("Authorization") == null && request.getSession(false) != null;
    }

    /**
     * Provision numbers such as {@code 77/1} travel as {@code 77%2F1}; Tomcat passes the encoded slash through
     * (see {@code org.kotmai.web.EncodedSlashes}), so the path still holds a {@code %} that the catalog decodes
     * itself. The default firewall would reject both before the catalog could see them. Names and header values
     * are checked by {@link FirewallCharacters}, the default rule without its regular expressions.
     */
    @Bean
    WebSecurityCustomizer encodedSlashesInProvisionNumbers() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        firewall.setAllowedHeaderNames(FirewallCharacters.NAME);
        firewall.setAllowedHeaderValues(FirewallCharacters.HEADER_VALUE);
        firewall.setAllowedParameterNames(FirewallCharacters.NAME);
        return web -> web.httpFirewall(firewall);
    }

    /**
     * No observation of the security filters, authentications or authorizations: nothing reads them (no metrics
     * or tracing endpoint is exposed), yet wrapping every filter of every request to observe it cost about a tenth
     * of the application's CPU per search even with the observations themselves switched off.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService users(SecurityProperties properties, UserDirectory directory) {
        List<UserDetails> users = LocalUsers.from(properties);
        for (SecurityProperties.LocalUser user : properties.users()) {
            if (user.demo()) {
                log.warn("DEMO user '{}' ({}) is enabled with its published password: replace kotmai.security.users"
                        + " before anyone else can reach this service", user.username(), user.roles());
            }
        }
        if (users.isEmpty()) {
            log.warn("No users configured (kotmai.security.users): only users an admin created earlier can sign in");
        }
        return new DirectoryUserDetailsService(directory);
    }
}
