package org.liaison.shared;

import java.util.List;

/**
 * An input with problems, every one of them with its field: thrown where a service or a controller refuses an
 * input as a whole. The API answers a 400 problem body listing each field in {@code errors}; a page shows the form
 * again with each problem next to its field.
 */
public class InvalidInputException extends ProblemException {

    private static final String COMMON = "i18n.common";

    /** The house's plain "invalid input" problem ({@code urn:liaison:problem:invalid-input}). */
    public InvalidInputException(List<FieldProblem> problems) {
        this("invalid-input", Message.of(COMMON, "problem.input.title"),
                Message.of(COMMON, "problem.input.detail", problems.size()), problems);
    }

    /** Bad request parameters ({@code urn:liaison:problem:invalid-parameter}), each problem naming its parameter. */
    public static InvalidInputException ofParameters(List<FieldProblem> problems) {
        return new InvalidInputException("invalid-parameter", Message.of(COMMON, "problem.parameter.title"),
                Message.of(COMMON, "problem.input.detail", problems.size()), problems);
    }

    /** A module's own kind of invalid input, with its type, title and detail. */
    public InvalidInputException(String type, Text title, Text detail, List<FieldProblem> problems) {
        super(Problem.invalidInput(type, title, detail, problems));
    }

    /** An invalid input with members of its own besides {@code errors} (e.g. the counts of a refused file). */
    public InvalidInputException(Problem problem) {
        super(requireInvalidInput(problem));
    }

    private static Problem requireInvalidInput(Problem problem) {
        if (problem.kind() != Problem.Kind.INVALID_INPUT) {
            throw new IllegalArgumentException("not an invalid input: " + problem.kind());
        }
        return problem;
    }

    public List<FieldProblem> problems() {
        return problem().errors();
    }
}
