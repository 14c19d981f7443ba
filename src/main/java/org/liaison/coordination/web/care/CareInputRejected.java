package org.liaison.coordination.web.care;

import java.util.List;
import org.liaison.shared.FieldProblem;

/** The input of a care calculator has problems; {@link CareApiProblems} lists them all in one 400 body. */
class CareInputRejected extends RuntimeException {

    private final transient List<FieldProblem> problems;

    CareInputRejected(List<FieldProblem> problems) {
        super(problems.size() + " input problem(s)");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
