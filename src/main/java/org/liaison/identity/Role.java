package org.liaison.identity;

/** What a signed-in user may do. The public needs no account and has no role. */
public enum Role {
    LIAISON_OFFICER,
    INSTITUTION_AGENT,
    TRANSLATOR,
    TRANSLATION_MANAGER,
    STATISTICIAN,
    EDITOR,
    ADMIN,
    /** Reads the application's metrics and information (a monitoring tool, or the person who runs it). */
    MONITORING,
    /**
     * An employer or a self-employed person with a verified e-mail address, applying for posting certificates
     * (issue #11 §4). Created by signing up, never by an administrator.
     */
    APPLICANT;

    /**
     * The roles an API client may hold (least privilege: an institution's application exchanges cases and runs
     * the engines; a monitoring tool reads metrics). Never {@code ADMIN}: administration is done by a person.
     */
    public static final java.util.Set<Role> FOR_API_CLIENTS =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(INSTITUTION_AGENT, MONITORING));

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether a user with this role must belong to an organisation (a French institution). */
    public boolean needsInstitution() {
        return this == INSTITUTION_AGENT;
    }
}
