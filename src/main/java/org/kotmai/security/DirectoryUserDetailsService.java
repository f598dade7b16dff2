package org.kotmai.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Signs users in against the {@link UserDirectory}; a disabled account is refused by Spring Security itself. */
final class DirectoryUserDetailsService implements UserDetailsService {

    private final UserDirectory directory;

    DirectoryUserDetailsService(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new UsernameNotFoundException("no user name given");
        }
        UserAccount account = directory.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("no user '" + username + "'"));
        return User.withUsername(account.username()).password(account.passwordHash())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .disabled(!account.enabled()).build();
    }
}
