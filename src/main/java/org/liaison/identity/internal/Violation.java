package org.liaison.identity.internal;

/**
 * A rule an administrator's request breaks: the form field concerned (or {@code null} for the whole form) and
 * the message key that explains it.
 */
public record Violation(String field, String code) {
}
