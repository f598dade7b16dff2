package org.kotmai.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Prints the bcrypt hash of a password for {@code kotmai.security.users[*].password-hash}. The password is read
 * without echo from the terminal, or from standard input when piped, so it never lands in the shell history.
 */
public final class PasswordHashCommand {

    private PasswordHashCommand() {
    }

    public static void main(String[] args) throws IOException {
        Console console = System.console();
        String password;
        if (console != null) {
            char[] typed = console.readPassword("Password to hash: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.isEmpty()) {
            System.err.println("No password given: type one, or pipe it in, e.g. echo -n 'secret' | ...");
            System.exit(2);
        }
        System.out.println(new BCryptPasswordEncoder().encode(password));
    }
}
