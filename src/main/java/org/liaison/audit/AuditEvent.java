package org.liaison.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something worth keeping in the audit trail: an action code (e.g. {@code USER_CREATED}) on an object (type and
 * id), with optional details. Details are a small map of non-personal identifiers (codes, ids, role names),
 * never names, free text or secrets.
 *
 * @param action     upper-case code of what happened, e.g. {@code LOGIN_FAILED}
 * @param objectType kind of object acted on, e.g. {@code USER}
 * @param objectId   identifier of the object, or {@code null}
 * @param details    non-personal identifiers, keys made of letters, digits, '.', '_' or '-'
 * @param actor      who did it; {@code null} to take it from the security context ({@code anonymous} or
 *                   {@code system} when nobody is signed in)
 * @param origin     where from (client IP); {@code null} to take it from the current request
 */
public record AuditEvent(String action, String objectType, String objectId, Map<String, String> details,
                         String actor, String origin) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,99}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,50}");

    public AuditEvent {
        if (action == null || !CODE.matcher(action).matches()) {
            throw new IllegalArgumentException("action must be an upper-case code: " + action);
        }
        if (objectType == null || !CODE.matcher(objectType).matches()) {
            throw new IllegalArgumentException("objectType must be an upper-case code: " + objectType);
        }
        details = details == null ? Map.of() : Map.copyOf(details);
        details.keySet().forEach(key -> {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("detail keys are identifiers: " + key);
            }
        });
    }

    /** An event on an object; actor and origin are taken from the current context when recorded. */
    public static AuditEvent of(String action, String objectType, String objectId) {
        return new AuditEvent(action, objectType, objectId, Map.of(), null, null);
    }

    /** This event with one more detail (a {@code null} value is left out). */
    public AuditEvent with(String key, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(key, String.valueOf(value));
        return new AuditEvent(action, objectType, objectId, more, actor, origin);
    }

    /** This event done by the given actor (instead of the one in the security context). */
    public AuditEvent by(String actor) {
        return new AuditEvent(action, objectType, objectId, details, Objects.requireNonNull(actor), origin);
    }

    /** This event coming from the given origin (instead of the current request's client address). */
    public AuditEvent from(String origin) {
        return new AuditEvent(action, objectType, objectId, details, actor, origin);
    }
}
