package org.liaison.agreements.web;

import java.util.List;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Message;

/** One or more request parameters are malformed; each problem names its parameter, and so does the detail (400). */
class InvalidParametersException extends InvalidInputException {

    InvalidParametersException(List<FieldProblem> problems) {
        super("invalid-parameter", Message.of("i18n.common", "problem.parameter.title"),
                Message.of(RegistryTexts.BUNDLE, "agreements.problem.parameters.detail",
                        String.join(", ", problems.stream().map(FieldProblem::field).toList())),
                problems);
    }
}
