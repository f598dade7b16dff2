package org.kotmai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class ActorTest {

    @Test
    void rolesComeFromRoleAuthoritiesOnly() {
        Actor actor = Actor.of(UsernamePasswordAuthenticationToken.authenticated("malee", null,
                AuthorityUtils.createAuthorityList("ROLE_COMMITTEE", "SCOPE_openid", "ROLE_UNKNOWN")));

        assertThat(actor.name()).isEqualTo("malee");
        assertThat(actor.roles()).containsExactly(Role.COMMITTEE);
        assertThat(actor.isAnonymous()).isFalse();
    }

    @Test
    void anonymousTokenIsThePublic() {
        Actor actor = Actor.of(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThat(actor.isAnonymous()).isTrue();
        assertThat(actor.roles()).isEmpty();
        assertThat(Actor.of(null)).isEqualTo(Actor.anonymous());
    }

    @Test
    void unauthenticatedTokenIsThePublic() {
        assertThat(Actor.of(UsernamePasswordAuthenticationToken.unauthenticated("malee", "pw")).isAnonymous())
                .isTrue();
        assertThat(Actor.of(UsernamePasswordAuthenticationToken.authenticated("malee", null, List.of())).roles())
                .isEmpty();
    }
}
