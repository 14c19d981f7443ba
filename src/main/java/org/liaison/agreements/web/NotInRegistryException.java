package org.liaison.agreements.web;

import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/** A partner code or instrument id the registry does not hold (404). */
class NotInRegistryException extends ProblemException {

    private NotInRegistryException(String key, String code) {
        super(Problem.notFound("not-found", Message.of(RegistryTexts.BUNDLE, "agreements.problem.not-found.title"),
                Message.of(RegistryTexts.BUNDLE, key, code)));
    }

    static NotInRegistryException partner(String code) {
        return new NotInRegistryException("agreements.problem.no-partner", code);
    }

    static NotInRegistryException instrument(String id) {
        return new NotInRegistryException("agreements.problem.no-instrument", id);
    }
}
