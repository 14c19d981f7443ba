package org.liaison.exchange.web.seds;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/**
 * The SED asked for is not in the catalogue ({@code unknown-sed}), or has no schema in the version asked for
 * ({@code unknown-sed-version}, with the {@code versions} that have one): 404.
 */
final class SedNotFound extends ProblemException {

    private static final String SEDS = "i18n.seds";

    SedNotFound(String code, @Nullable String version, List<String> versions) {
        super(version == null
                ? Problem.notFound("unknown-sed", Message.of(SEDS, "seds.problem.unknown.title"),
                        Message.of(SEDS, "seds.problem.unknown", code)).with("sed", code)
                : Problem.notFound("unknown-sed-version", Message.of(SEDS, "seds.problem.unknown-version.title"),
                        Message.of(SEDS, "seds.problem.unknown-version", code, version, String.join(", ", versions)))
                        .with("sed", code).with("version", version).with("versions", List.copyOf(versions)));
    }
}
