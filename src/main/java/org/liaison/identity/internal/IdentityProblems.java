package org.liaison.identity.internal;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.Message;

/** A rule an administrator's request breaks: the form field concerned (none for the whole form) and its message. */
final class IdentityProblems {

    private IdentityProblems() {
    }

    /**
     * @param field the form field, {@code null} for the whole form
     * @param key   the message's key in {@code i18n/identity}; the code is the key in capitals without its prefix
     */
    static FieldProblem of(@Nullable String field, String key) {
        return new FieldProblem(field == null ? "" : field, FieldProblem.code(key.replaceFirst("^identity\\.", "")),
                Message.of("i18n.identity", key));
    }
}
