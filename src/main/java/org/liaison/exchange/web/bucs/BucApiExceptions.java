package org.liaison.exchange.web.bucs;

import java.util.List;
import java.util.Map;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/** What the BUC API refuses: an unknown BUC (404), a malformed request with every JSON path at fault (400). */
final class BucApiExceptions {

    private static final String BUCS = "i18n.bucs";

    /** The code of each kind of problem, by the key of its message ({@code bucs.api.error.<key>}). */
    private static final Map<String, String> CODES = Map.of("json", "MALFORMED_JSON", "object", "NOT_AN_OBJECT",
            "array", "NOT_AN_ARRAY", "required", "REQUIRED", "string", "NOT_A_STRING", "date", "NOT_A_DATE",
            "enum", "UNKNOWN_VALUE", "duplicate-id", "DUPLICATE_ID", "unknown-id", "UNKNOWN_ID", "version", "UNKNOWN_VERSION");

    private BucApiExceptions() {
    }

    /** No definition of that BUC (in any version, or in the version asked). */
    static final class UnknownBuc extends ProblemException {
        UnknownBuc(String type) {
            super(Problem.notFound("unknown-buc", Message.of(BUCS, "bucs.api.problem.unknown.title"),
                    Message.of(BUCS, "bucs.api.problem.unknown", type)));
        }
    }

    /** The request is malformed: every problem with its JSON path. */
    static InvalidInputException invalidRequest(List<FieldProblem> problems) {
        return new InvalidInputException("invalid-input", Message.of(BUCS, "bucs.api.problem.invalid.title"),
                Message.of(BUCS, "bucs.api.problem.invalid", problems.size()), problems);
    }

    /** A problem at the JSON path: the message {@code bucs.api.error.<key>} and its arguments. */
    static FieldProblem problem(String field, String key, Object... arguments) {
        return new FieldProblem(field, CODES.getOrDefault(key, FieldProblem.code(key)),
                Message.of(BUCS, "bucs.api.error." + key, arguments));
    }
}
