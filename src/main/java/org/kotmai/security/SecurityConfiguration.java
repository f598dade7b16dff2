package org.kotmai.security;

import java.util.List;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. The catalog, search, templates and published reviews stay public; uploading and importing
 * laws needs an officer or admin; {@code /api/admin/**} (search dictionary, evaluation) needs an admin; every
 * other write needs a signed-in user, and the review workflow checks the role for each action itself. The API is
 * stateless (HTTP Basic, no session, so no CSRF token); an OIDC resource server can replace HTTP Basic later as
 * long as it grants the {@link Role#authority()} strings. Operations needing a user name the OpenAPI security
 * scheme {@code basic} declared here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/templates/problems").hasRole(Role.ADMIN.name())
                        // audit events name the people who worked on a review
                        .requestMatchers(HttpMethod.GET, "/api/reviews/*/audit").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        // open data: stable ELI URIs, bulk export and the feed are for anyone
                        .requestMatchers(HttpMethod.GET, "/eli/**", "/api/export/**", "/api/feed.atom").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/search").permitAll()
                        .requestMatchers("/api/suggest").permitAll()
                        .requestMatchers("/api/laws/**", "/api/imports/**")
                        .hasAnyRole(Role.OFFICER.name(), Role.ADMIN.name())
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Provision numbers such as {@code 77/1} travel as {@code 77%2F1}; Tomcat passes the encoded slash through
     * (see {@code org.kotmai.web.EncodedSlashes}), so the path still holds a {@code %} that the catalog decodes
     * itself. The default firewall would reject both before the catalog could see them.
     */
    @Bean
    WebSecurityCustomizer encodedSlashesInProvisionNumbers() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        return web -> web.httpFirewall(firewall);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService localUsers(SecurityProperties properties) {
        List<UserDetails> users = LocalUsers.from(properties);
        for (SecurityProperties.LocalUser user : properties.users()) {
            if (user.demo()) {
                log.warn("DEMO user '{}' ({}) is enabled with its published password: replace kotmai.security.users"
                        + " before anyone else can reach this service", user.username(), user.roles());
            }
        }
        if (users.isEmpty()) {
            log.warn("No users configured (kotmai.security.users): only public reads will work");
        }
        return new InMemoryUserDetailsManager(users);
    }
}
