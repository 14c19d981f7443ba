package org.liaison.identity.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.liaison.identity.Role;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that creates an API client (the rules are {@code ApiClientAdministration}'s). */
public class ApiClientForm {

    @Size(max = 60, message = "{identity.client.name.invalid}")
    private String name;

    private String organisationCode;

    private Role role;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lastDay;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
