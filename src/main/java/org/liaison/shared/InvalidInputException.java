package org.liaison.shared;

import java.util.List;

/**
 * An input with problems, every one of them with its field: thrown where a service or a controller refuses an
 * input as a whole, answered by the web layer with a 400 problem body listing each field (or the form again).
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems.size() + " problem(s)", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
