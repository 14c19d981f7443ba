package org.liaison.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.liaison.identity.OrganisationKind;

/** The form that adds an organisation. */
public class OrganisationForm {

    @NotBlank(message = "{identity.organisation.code.invalid}")
    @Size(max = 40, message = "{identity.organisation.code.invalid}")
    private String code;

    @NotBlank(message = "{identity.organisation.name.required}")
    @Size(max = 200, message = "{identity.organisation.name.required}")
    private String name;

    @NotNull(message = "{identity.organisation.kind.required}")
    private OrganisationKind kind;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }
}
