package org.liaison.identity;

/** Whether a user can sign in now. */
public enum UserStatus {
    ACTIVE,
    /** Temporarily locked after repeated sign-in failures. */
    LOCKED,
    /** Disabled by an administrator. */
    DISABLED
}
