package org.kotmai.security;

import java.util.List;
import java.util.Optional;

/**
 * Where the users who sign in with a password are kept. The service asks it at every sign-in, so a disabled user
 * is refused at once.
 *
 * <p>Plugging in OIDC: an identity provider would sign users in and send their roles as claims, mapped to the
 * {@link Role#authority()} strings by an OAuth2 resource-server converter in {@code SecurityConfiguration}; the
 * {@link Actor} the rest of the service sees is the same. This directory then keeps only local accounts (for
 * break-glass admins and scripts), or is replaced by an implementation reading the provider's user API, so that
 * the admin user endpoints keep working against whichever source holds the users.
 */
public interface UserDirectory {

    Optional<UserAccount> find(String username);

    /** Every account, by user name. */
    List<UserAccount> all();

    /** @throws UserConflictException when the name is taken */
    void create(UserAccount account);

    /** Replaces an existing account, e.g. to disable it. */
    void update(UserAccount account);
}
