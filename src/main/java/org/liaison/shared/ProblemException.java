package org.liaison.shared;

import java.util.Objects;

/**
 * A request refused for a reason the client can act on: bad input, something not found, a conflict with the current
 * state, too many requests. Plain Java, so that a module's API and services throw it as well as its web layer; the
 * one handler in {@code shared.web} answers it for every module, an RFC 9457 problem body for the API and the error
 * page with the same status for a reader (ADR 0008). Subclasses name the refusals a caller may want to catch.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        // the message names the type only: what the client sent stays out of logs
        this(problem, Objects.requireNonNull(problem, "problem").type());
    }

    /** With a message for the logs; it names codes, never a value the client sent. */
    protected ProblemException(Problem problem, String message) {
        // an expected refusal needs no stack trace
        super(message, null, false, false);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }
}
