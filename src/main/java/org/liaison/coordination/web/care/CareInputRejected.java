package org.liaison.coordination.web.care;

import java.util.List;
import org.liaison.coordination.care.CareInputProblem;

/** The input of a care calculator has problems; {@link CareApiProblems} lists them all in one 400 body. */
class CareInputRejected extends RuntimeException {

    private final transient List<CareInputProblem> problems;

    CareInputRejected(List<CareInputProblem> problems) {
        super(problems.size() + " input problem(s)");
        this.problems = List.copyOf(problems);
    }

    List<CareInputProblem> problems() {
        return problems;
    }
}
