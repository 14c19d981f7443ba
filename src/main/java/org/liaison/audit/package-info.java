/**
 * Audit: the append-only, hash-chained trail of who did what, when, on which object and from where.
 * Other modules record through {@link org.liaison.audit.AuditTrail} only; the entry is written in the caller's
 * transaction, so an action and its audit entry commit (or roll back) together.
 */
package org.liaison.audit;
