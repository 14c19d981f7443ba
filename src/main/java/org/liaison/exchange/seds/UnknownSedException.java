package org.liaison.exchange.seds;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/** Thrown when an SED code is not in the catalogue, or has no schema for the data-model version asked for (404). */
public class UnknownSedException extends ProblemException {

    private final String code;
    private final @Nullable String version;

    public UnknownSedException(String code, @Nullable String version) {
        super(Problem.notFound("unknown-sed", Message.of("i18n.seds", "seds.problem.unknown.title"),
                Message.of("i18n.seds", "seds.problem.unknown", code)).with("sed", code));
        this.code = code;
        this.version = version;
    }

    public String code() {
        return code;
    }

    /** The version asked for, or null when the code itself is unknown. */
    public @Nullable String version() {
        return version;
    }
}
