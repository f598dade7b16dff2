package org.kotmai.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Turns the configured users into Spring Security users, refusing a configuration that would let the wrong
 * person in or nobody at all: a missing name, a duplicated name, a plain-text password or a user without roles.
 */
final class LocalUsers {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

    private LocalUsers() {
    }

    /** @throws IllegalStateException naming the property to fix */
    static List<UserDetails> from(SecurityProperties properties) {
        List<UserDetails> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<SecurityProperties.LocalUser> users = properties.users();
        for (int i = 0; i < users.size(); i++) {
            SecurityProperties.LocalUser user = users.get(i);
            String at = "kotmai.security.users[" + i + "]";
            if (user.username() == null || user.username().isBlank()) {
                throw new IllegalStateException(at + ".username is empty; give every user a name");
            }
            if (!seen.add(user.username())) {
                throw new IllegalStateException(at + ".username '" + user.username()
                        + "' is configured twice; keep one entry per user");
            }
            if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash()).matches()) {
                throw new IllegalStateException(at + ".password-hash of '" + user.username()
                        + "' is not a bcrypt hash; make one with ./mvnw -q spring-boot:run"
                        + " -Dspring-boot.run.main-class=org.kotmai.security.PasswordHashCommand (see README.md)");
            }
            if (user.roles().isEmpty()) {
                throw new IllegalStateException(at + ".roles of '" + user.username()
                        + "' is empty; give one or more of OFFICER, REVIEWER, COMMITTEE, ADMIN");
            }
            out.add(User.withUsername(user.username())
                    .password(user.passwordHash())
                    .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
                    .build());
        }
        return out;
    }
}
