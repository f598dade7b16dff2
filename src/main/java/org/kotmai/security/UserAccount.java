package org.kotmai.security;

import java.time.Instant;
import java.util.Set;

/**
 * One user who may sign in with a password.
 *
 * @param passwordHash bcrypt hash; never sent out by the API
 * @param enabled      false once an admin disabled the user: sign-in is refused, the name stays in audit trails
 * @param origin       where the account comes from
 * @param changedBy    the admin who last created or changed it; null for a configured user never changed
 * @param changedAt    when; null for a configured user never changed
 */
public record UserAccount(String username, String passwordHash, Set<Role> roles, boolean enabled, Origin origin,
                          String changedBy, Instant changedAt) {

    public UserAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Where an account comes from. */
    public enum Origin {
        /** {@code kotmai.security.users}: the seed, used until an admin changes the account. */
        CONFIGURED,
        /** Created by an admin through the API. */
        ADMIN
    }

    UserAccount disabled(String by, Instant at) {
        return new UserAccount(username, passwordHash, roles, false, origin, by, at);
    }
}
