package org.liaison.identity;

/** What a signed-in user may do. The public needs no account and has no role. */
public enum Role {
    LIAISON_OFFICER,
    INSTITUTION_AGENT,
    TRANSLATOR,
    TRANSLATION_MANAGER,
    STATISTICIAN,
    EDITOR,
    ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether a user with this role must belong to an organisation (a French institution). */
    public boolean needsInstitution() {
        return this == INSTITUTION_AGENT;
    }
}
