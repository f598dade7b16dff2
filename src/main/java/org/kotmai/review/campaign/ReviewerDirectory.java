package org.kotmai.review.campaign;

import java.util.Collection;

import org.kotmai.security.Role;
import org.kotmai.web.BadRequestException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Checks that the people a campaign assigns are reviewers, so a misspelt name does not leave an item with
 * nobody able to work on it. Without a local user directory (an identity provider signs users in) any name is
 * accepted, since only the provider knows its users.
 */
@Component
class ReviewerDirectory {

    private final ObjectProvider<UserDetailsService> users;

    ReviewerDirectory(ObjectProvider<UserDetailsService> users) {
        this.users = users;
    }

    void requireReviewers(Collection<String> names, String field) {
        UserDetailsService directory = users.getIfAvailable();
        if (directory == null) {
            return;
        }
        for (String name : names) {
            UserDetails user;
            try {
                user = directory.loadUserByUsername(name);
            } catch (UsernameNotFoundException e) {
                throw new BadRequestException(field, "there is no user '" + name + "'; give the user names of"
                        + " reviewers");
            }
            boolean reviewer = user.getAuthorities().stream()
                    .anyMatch(a -> Role.REVIEWER.authority().equals(a.getAuthority()));
            if (!reviewer) {
                throw new BadRequestException(field, "'" + name + "' is not a reviewer and could not fill in the"
                        + " review; assign users with the REVIEWER role");
            }
        }
    }
}
