package org.liaison.exchange.web.institutions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.exchange.internal.institutions.ImportProblem;
import org.liaison.exchange.internal.institutions.ImportSummary;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/** What the IR API refuses: bad parameters and a refused import (400), an unknown institution (404). */
final class InstitutionApiExceptions {

    private static final String INSTITUTIONS = "i18n.institutions";

    private InstitutionApiExceptions() {
    }

    /** Bad query parameters, every one of them. */
    static InvalidInputException invalidParameters(List<FieldProblem> problems) {
        return new InvalidInputException("invalid-parameter", text("institutions.problem.invalid.title"),
                text("institutions.problem.invalid.detail", problems.size()), problems);
    }

    /** No institution has this id (or the id is malformed). */
    static ProblemException notFound(String id) {
        return new ProblemException(Problem.notFound("not-found", text("institutions.problem.not-found.title"),
                text("institutions.not-found.detail", id)));
    }

    /**
     * An import refused whole: every bad record in {@code errors} with the JSON path of the offending value, and in
     * {@code positions} where each one is in the file (record index, line and column), in the same order.
     */
    static InvalidInputException refused(ImportSummary summary) {
        List<FieldProblem> errors = summary.problems().stream().map(InstitutionApiExceptions::asFieldProblem).toList();
        return new InvalidInputException(Problem.invalidInput("import-refused", text("institutions.problem.refused.title"),
                        text("institutions.problem.refused.detail", summary.refused()), errors)
                .with("runId", summary.runId()).with("records", summary.records()).with("refused", summary.refused())
                .with("positions", summary.problems().stream().map(InstitutionApiExceptions::position).toList()));
    }

    private static FieldProblem asFieldProblem(ImportProblem problem) {
        String path = problem.path();
        String field = path.startsWith("$.") ? path.substring(2) : path.startsWith("$") ? path.substring(1) : path;
        return new FieldProblem(field, FieldProblem.code(problem.code()),
                text("institutions.import.problem." + problem.code()));
    }

    private static Map<String, Object> position(ImportProblem problem) {
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("field", asFieldProblem(problem).field());
        position.put("index", problem.index());
        position.put("line", problem.line());
        position.put("column", problem.column());
        return position;
    }

    private static Message text(String key, Object... arguments) {
        return Message.of(INSTITUTIONS, key, arguments);
    }
}
