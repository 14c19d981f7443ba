package org.liaison.identity.internal;

import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/** No API client has this name (404). */
public class UnknownApiClientException extends ProblemException {

    public UnknownApiClientException(String name) {
        super(Problem.notFound("unknown-api-client",
                Message.of("i18n.identity", "identity.problem.unknown-api-client.title"),
                Message.of("i18n.identity", "identity.problem.unknown-api-client")));
    }
}
