package org.kotmai.security;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings.
 *
 * @param users the local users, each with a bcrypt hash of their password; an empty list means nobody can sign
 *              in and only public reads work
 */
@ConfigurationProperties("kotmai.security")
public record SecurityProperties(List<LocalUser> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * One local user.
     *
     * @param username     the name typed at sign-in and recorded in audit trails
     * @param passwordHash bcrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$}) of the password, never the
     *                     password itself; make one with the command in README.md
     * @param roles        what the user may do: OFFICER, REVIEWER, COMMITTEE, ADMIN
     * @param demo         marks a user of the shipped demo set, whose password is public; the service logs a
     *                     warning at start for every such user
     */
    public record LocalUser(String username, String passwordHash, Set<Role> roles, boolean demo) {

        public LocalUser {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }
}
