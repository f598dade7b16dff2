package org.kotmai.web.page.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.kotmai.security.Actor;
import org.kotmai.security.Role;
import org.kotmai.security.UserAdmin;
import org.kotmai.security.UserConflictException;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.page.PageIds;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Users for admins: who may sign in with which roles, a form to create one, and a button to disable one. A refused
 * form comes back with the reason and what was typed, except the password.
 */
@Controller
class UsersPageController {

    private final UserAdmin users;

    UsersPageController(UserAdmin users) {
        this.users = users;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        return page(model, "", Set.of());
    }

    @PostMapping("/admin/users")
    String create(Actor admin, @RequestParam(required = false) String username,
                  @RequestParam(required = false) String password,
                  @RequestParam(required = false) List<String> roles, HttpServletResponse response, Model model) {
        String name = username == null ? "" : username.strip();
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        try {
            chosen.addAll(roles(roles));
            users.create(admin, name, password, chosen);
        } catch (BadRequestException e) {
            return refused(model, response, HttpStatus.BAD_REQUEST, e.field(), e.getMessage(), name, chosen);
        } catch (UserConflictException e) {
            return refused(model, response, HttpStatus.CONFLICT, "username", e.getMessage(), name, chosen);
        }
        return "redirect:/admin/users?created=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    @PostMapping("/admin/users/{username}/disable")
    String disable(Actor admin, @PathVariable String username, HttpServletResponse response, Model model) {
        try {
            users.disable(admin, PageIds.require(username, "user"));
        } catch (UserConflictException e) {
            return refused(model, response, HttpStatus.CONFLICT, null, e.getMessage(), "", Set.of());
        }
        return "redirect:/admin/users?disabled=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
    }

    private String refused(Model model, HttpServletResponse response, HttpStatus status, String field,
                           String reason, String name, Set<Role> chosen) {
        response.setStatus(status.value());
        model.addAttribute("error", reason);
        model.addAttribute("errorField", field);
        return page(model, name, chosen);
    }

    private String page(Model model, String name, Set<Role> chosen) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("username", name);
        model.addAttribute("chosenRoles", chosen);
        return "admin/users";
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("roles", "'" + name + "' is not a role; tick OFFICER, REVIEWER,"
                        + " COMMITTEE or ADMIN");
            }
        }
        return roles;
    }
}
