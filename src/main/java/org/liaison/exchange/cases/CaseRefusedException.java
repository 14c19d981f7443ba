package org.liaison.exchange.cases;

import java.util.List;

/**
 * An SED or an action refused: nothing was stored. {@link Kind#INVALID} is bad input (malformed JSON, schema,
 * unknown institution, attachment), {@link Kind#NOT_ALLOWED} an action the BUC does not allow now,
 * {@link Kind#NOT_FOUND} a case or SED that does not exist or that the caller may not see.
 */
public class CaseRefusedException extends RuntimeException {

    /** What kind of refusal, for the HTTP status. */
    public enum Kind { INVALID, NOT_ALLOWED, NOT_FOUND }

    private final Kind kind;
    private final transient List<CaseProblem> problems;

    public CaseRefusedException(Kind kind, List<CaseProblem> problems) {
        super(kind + ": " + problems.stream().map(CaseProblem::code).toList());
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public Kind kind() {
        return kind;
    }

    public List<CaseProblem> problems() {
        return problems;
    }
}
