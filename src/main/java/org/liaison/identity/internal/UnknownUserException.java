package org.liaison.identity.internal;

import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/** No user has this username (404). */
public class UnknownUserException extends ProblemException {

    public UnknownUserException(String username) {
        super(Problem.notFound("unknown-user", Message.of("i18n.identity", "identity.problem.unknown-user.title"),
                Message.of("i18n.identity", "identity.problem.unknown-user")));
    }
}
