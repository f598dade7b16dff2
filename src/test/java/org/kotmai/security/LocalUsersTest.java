package org.kotmai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class LocalUsersTest {

    private static final String HASH = new BCryptPasswordEncoder(4).encode("secret");

    @Test
    void configuredUserSignsInWithTheHashedPasswordAndHoldsItsRoles() {
        List<UserDetails> users = LocalUsers.from(new SecurityProperties(List.of(
                new SecurityProperties.LocalUser("somchai", HASH, Set.of(Role.OFFICER, Role.ADMIN), false))));

        assertThat(users).singleElement().satisfies(user -> {
            assertThat(user.getUsername()).isEqualTo("somchai");
            assertThat(new BCryptPasswordEncoder().matches("secret", user.getPassword())).isTrue();
            assertThat(user.getAuthorities()).extracting(Object::toString)
                    .containsExactlyInAnyOrder("ROLE_OFFICER", "ROLE_ADMIN");
        });
    }

    @Test
    void plainTextPasswordIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> LocalUsers.from(new SecurityProperties(List.of(
                new SecurityProperties.LocalUser("somchai", "secret", Set.of(Role.OFFICER), false)))))
                .hasMessageContaining("kotmai.security.users[0].password-hash")
                .hasMessageContaining("not a bcrypt hash");
    }

    @Test
    void sameUserTwiceIsRefused() {
        SecurityProperties.LocalUser user = new SecurityProperties.LocalUser("somchai", HASH, Set.of(Role.OFFICER),
                false);
        assertThatThrownBy(() -> LocalUsers.from(new SecurityProperties(List.of(user, user))))
                .hasMessageContaining("kotmai.security.users[1].username 'somchai' is configured twice");
    }

    @Test
    void userWithoutRolesIsRefused() {
        assertThatThrownBy(() -> LocalUsers.from(new SecurityProperties(List.of(
                new SecurityProperties.LocalUser("somchai", HASH, null, false)))))
                .hasMessageContaining("kotmai.security.users[0].roles");
    }
}
