package org.liaison.coordination.web.care;

import java.util.List;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Message;

/** What the care calculators' API answers for a bad input: every problem with its JSON path, in one 400. */
final class CareApi {

    private static final String CARE = "i18n.care";

    private CareApi() {
    }

    static InvalidInputException invalid(List<FieldProblem> problems) {
        return new InvalidInputException("invalid-input", Message.of(CARE, "care.api.problem.title"),
                Message.of(CARE, "care.api.problem.detail", problems.size()), problems);
    }
}
