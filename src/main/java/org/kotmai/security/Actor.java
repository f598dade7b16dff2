package org.kotmai.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is making a request, independent of how they signed in: local users today, OIDC later. Only the
 * {@code ROLE_*} authorities of {@link Role} count; anything else an identity provider sends is ignored.
 *
 * @param name  the user name recorded in audit trails; empty for the public
 * @param roles the roles held; empty for the public
 */
public record Actor(String name, Set<Role> roles) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor anonymous() {
        return new Actor("", Set.of());
    }

    public static Actor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return anonymous();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(granted.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Actor(authentication.getName(), roles);
    }

    public boolean isAnonymous() {
        return name.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
