package org.kotmai.security;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Administration: users", description = "Users who sign in with a password (admin). The configured"
        + " users are the seed; accounts created or changed here are kept in Elasticsearch.")
class UserAdminController {

    private final UserAdmin users;

    UserAdminController(UserAdmin users) {
        this.users = users;
    }

    /** A user without the password hash. */
    record UserView(String username, Set<Role> roles, boolean enabled, UserAccount.Origin origin, String changedBy,
                    Instant changedAt) {

        static UserView of(UserAccount account) {
            return new UserView(account.username(), account.roles(), account.enabled(), account.origin(),
                    account.changedBy(), account.changedAt());
        }
    }

    record NewUser(@Schema(description = "2 to 64 lower-case letters, digits, '.', '_' or '-'") String username,
                   @Schema(description = "at least 10 characters; stored only as a bcrypt hash") String password,
                   @Schema(description = "OFFICER, REVIEWER, COMMITTEE, ADMIN") Set<Role> roles) {
    }

    @GetMapping
    @Operation(summary = "Every user with roles and whether enabled (admin)",
            security = @SecurityRequirement(name = "basic"))
    List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Create a user with roles and a password (admin)",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<UserView> create(@Parameter(hidden = true) Actor actor, @RequestBody NewUser body) {
        UserAccount created = users.create(actor, body.username(), body.password(), body.roles());
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username()))
                .body(UserView.of(created));
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "Disable a user: sign-in refused from now on, name kept in audit trails (admin)",
            security = @SecurityRequirement(name = "basic"))
    UserView disable(@Parameter(hidden = true) Actor actor, @PathVariable String username) {
        return UserView.of(users.disable(actor, username));
    }
}
