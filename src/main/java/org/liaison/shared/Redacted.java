package org.liaison.shared;

import org.jspecify.annotations.Nullable;

/**
 * Stands for an exception whose message was withheld: exception messages may carry what a user typed or a person's
 * data, so a log keeps the classes and stack frames of a failure and withholds every message. Its own message is
 * the original class name.
 */
public final class Redacted extends RuntimeException {

    private Redacted(String originalClass, @Nullable Throwable cause) {
        super(originalClass, cause, false, true);
    }

    /** A copy of the exception chain with the same classes and stack frames and no messages. */
    public static Throwable of(Throwable exception) {
        Throwable cause = exception.getCause() == null || exception.getCause() == exception
                ? null : of(exception.getCause());
        Redacted copy = new Redacted(exception.getClass().getName(), cause);
        copy.setStackTrace(exception.getStackTrace());
        return copy;
    }
}
