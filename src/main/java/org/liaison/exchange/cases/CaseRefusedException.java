package org.liaison.exchange.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/**
 * An SED or an action refused: nothing was stored. {@link Kind#INVALID} is bad input (malformed JSON, schema,
 * unknown institution, attachment; 400 listing every problem in {@code errors}), {@link Kind#NOT_ALLOWED} an action
 * the BUC does not allow now (409 with the BUC's {@code reasons}, each with the rule of the definition),
 * {@link Kind#NOT_FOUND} a case or SED that does not exist or that the caller may not see (404).
 */
public class CaseRefusedException extends ProblemException {

    private static final String CASES = "i18n.cases";

    /** What kind of refusal, for the HTTP status. */
    public enum Kind { INVALID, NOT_ALLOWED, NOT_FOUND }

    private final Kind kind;
    private final transient List<CaseProblem> problems;

    public CaseRefusedException(Kind kind, List<CaseProblem> problems) {
        super(problem(kind, problems), kind + ": " + problems.stream().map(CaseProblem::code).toList());
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public Kind kind() {
        return kind;
    }

    public List<CaseProblem> problems() {
        return problems;
    }

    private static Problem problem(Kind kind, List<CaseProblem> problems) {
        return switch (kind) {
            case INVALID -> Problem.invalidInput("case-invalid", text("invalid.title"),
                    Message.of(CASES, "cases.api.problem.invalid", problems.size()),
                    problems.stream().map(CaseProblem::asFieldProblem).toList());
            case NOT_ALLOWED -> Problem.conflict("case-not-allowed", text("not-allowed.title"), text("not-allowed"))
                    .with("reasons", problems.stream().map(CaseRefusedException::reason).toList());
            case NOT_FOUND -> Problem.notFound("case-not-found", text("not-found.title"), text("not-found"));
        };
    }

    /** A reason the BUC refuses: the problem and the rule of the BUC's definition it quotes. */
    private static Map<String, Object> reason(CaseProblem problem) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("field", problem.asFieldProblem().field());
        reason.put("code", problem.asFieldProblem().code());
        reason.put("message", problem.message());
        reason.put("rule", problem.rule());
        return reason;
    }

    private static Message text(String key) {
        return Message.of(CASES, "cases.api.problem." + key);
    }
}
