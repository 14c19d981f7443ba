package org.liaison.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.liaison.identity.Role;
import org.liaison.identity.UserAccount;

/** The user form of the administration pages (the username is only entered at creation). */
public class UserForm {

    @Size(max = 100, message = "{identity.user.username.invalid}")
    private String username;

    @NotBlank(message = "{identity.user.displayName.required}")
    @Size(max = 200, message = "{identity.user.displayName.long}")
    private String displayName;

    @Email(message = "{identity.user.email.invalid}")
    @Size(max = 320, message = "{identity.user.email.invalid}")
    private String email;

    private String organisationCode;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.setUsername(account.username());
        form.setDisplayName(account.displayName());
        form.setEmail(account.email());
        form.setOrganisationCode(account.organisationCode());
        form.setRoles(account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles()));
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
