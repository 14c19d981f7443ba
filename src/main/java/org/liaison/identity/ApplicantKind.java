package org.liaison.identity;

/** Who applies for a posting certificate: an employer for its employees, or a self-employed person for themselves. */
public enum ApplicantKind {
    EMPLOYER,
    SELF_EMPLOYED
}
