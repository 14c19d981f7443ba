package org.liaison.exchange.internal.institutions;

/**
 * How an IR file is applied. FULL: the file is the whole IR, so an institution it does not list is taken out.
 * DELTA: only the institutions it lists change (a record with {@code "action": "remove"} takes one out).
 */
public enum ImportMode {
    FULL, DELTA
}
