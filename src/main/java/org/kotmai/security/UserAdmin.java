package org.kotmai.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.kotmai.web.BadRequestException;
import org.kotmai.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** What an admin does with users: list them, create one with roles and a password, disable one. */
@Service
public class UserAdmin {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MIN_PASSWORD = 10;
    /** bcrypt reads no further than this many bytes; a longer password would be silently cut. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final UserDirectory directory;
    private final PasswordEncoder encoder;

    UserAdmin(UserDirectory directory, PasswordEncoder encoder) {
        this.directory = directory;
        this.encoder = encoder;
    }

    public List<UserAccount> list() {
        return directory.all();
    }

    public UserAccount create(Actor admin, String username, String password, Set<Role> roles) {
        if (username == null || !NAME.matcher(username).matches()) {
            throw new BadRequestException("username", "use 2 to 64 lower-case letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new BadRequestException("password", "must have at least " + MIN_PASSWORD + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new BadRequestException("password", "is longer than " + MAX_PASSWORD_BYTES + " bytes (UTF-8),"
                    + " beyond which bcrypt ignores the rest; choose a shorter one");
        }
        if (roles == null || roles.isEmpty() || roles.contains(null)) {
            throw new BadRequestException("roles", "give one or more of OFFICER, REVIEWER, COMMITTEE, ADMIN");
        }
        UserAccount account = new UserAccount(username, encoder.encode(password), roles, true,
                UserAccount.Origin.ADMIN, admin.name(), Instant.now());
        directory.create(account);
        return account;
    }

    public UserAccount disable(Actor admin, String username) {
        if (admin.name().equals(username)) {
            throw new UserConflictException("you cannot disable yourself; ask another admin, so that one admin"
                    + " always remains");
        }
        UserAccount account = directory.find(username).orElseThrow(() -> new NotFoundException("No user '"
                + username + "'; see GET /api/admin/users"));
        if (!account.enabled()) {
            return account;
        }
        UserAccount disabled = account.disabled(admin.name(), Instant.now());
        directory.update(disabled);
        return disabled;
    }
}
